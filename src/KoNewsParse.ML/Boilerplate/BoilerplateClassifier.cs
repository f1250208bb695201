using System.Collections.Concurrent;
using KoNewsParse.Articles;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace KoNewsParse.ML.Boilerplate;

/// <summary>A paragraph's classification.</summary>
/// <param name="IsBoilerplate">Whether the probability reaches the classifier's threshold.</param>
/// <param name="Probability">The calibrated probability of boilerplate.</param>
/// <param name="Score">The raw linear score.</param>
public readonly record struct BoilerplatePrediction(bool IsBoilerplate, float Probability, float Score);

/// <summary>
/// Body-vs-boilerplate paragraph classifier backed by an ML.NET model. Immutable and thread-safe (prediction engines are
/// pooled). Plug it into the article pipeline with
/// <c>new ArticleParser(ArticleParserOptions.Default with { ParagraphClassifier = BoilerplateClassifier.Default })</c>.
/// </summary>
public sealed class BoilerplateClassifier : IParagraphClassifier
{
    /// <summary>The manifest name of the shipped model.</summary>
    public const string ResourceName = "KoNewsParse.ML.Resources.boilerplate-model.zip";

    private static readonly Lazy<BoilerplateClassifier> s_default = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly MLContext _ml;
    private readonly EnginePool _pool;

    internal BoilerplateClassifier(MLContext ml, ITransformer model, float threshold = 0.5f)
        : this(ml, model, threshold, new EnginePool(ml, model))
    {
    }

    private BoilerplateClassifier(MLContext ml, ITransformer model, float threshold, EnginePool pool)
    {
        _ml = ml;
        Model = model;
        Threshold = threshold;
        _pool = pool;
    }

    /// <summary>The classifier over the model shipped in this package (loaded once, on first use).</summary>
    public static BoilerplateClassifier Default => s_default.Value;

    /// <summary>The ML.NET model (input columns <c>Text</c>, <c>Index</c>, <c>Count</c>).</summary>
    public ITransformer Model { get; }

    /// <summary>The probability from which a paragraph is boilerplate (default 0.5).</summary>
    public float Threshold { get; }

    /// <summary>Loads a classifier from a model zip written by <see cref="Save(Stream)"/> or <c>konews train-boilerplate</c>.</summary>
    /// <param name="stream">The model stream.</param>
    /// <returns>The classifier.</returns>
    public static BoilerplateClassifier Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var ml = new MLContext(seed: 1);
        ITransformer model = ml.LoadKoNewsModel(stream, out _);
        return new BoilerplateClassifier(ml, model);
    }

    /// <summary>Loads a classifier from a model zip file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The classifier.</returns>
    public static BoilerplateClassifier Load(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>A classifier over the same model with another decision threshold.</summary>
    /// <param name="threshold">The probability threshold, in [0, 1].</param>
    /// <returns>The classifier.</returns>
    public BoilerplateClassifier WithThreshold(float threshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 0f);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1f);
        return new BoilerplateClassifier(_ml, Model, threshold, _pool);
    }

    /// <summary>Classifies one paragraph.</summary>
    /// <param name="paragraph">The paragraph text.</param>
    /// <param name="index">Its index in the article.</param>
    /// <param name="count">The number of paragraphs in the article.</param>
    /// <returns>The prediction.</returns>
    public BoilerplatePrediction Predict(string? paragraph, int index, int count)
    {
        PredictionEngine<ParagraphInput, Output> engine = _pool.Rent();
        try
        {
            return Predict(engine, paragraph, index, count);
        }
        finally
        {
            _pool.Return(engine);
        }
    }

    /// <summary>Classifies every paragraph of one article.</summary>
    /// <param name="paragraphs">The paragraphs in order.</param>
    /// <returns>One prediction per paragraph.</returns>
    public IReadOnlyList<BoilerplatePrediction> PredictArticle(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var result = new BoilerplatePrediction[paragraphs.Count];
        if (result.Length == 0)
        {
            return result;
        }

        PredictionEngine<ParagraphInput, Output> engine = _pool.Rent();
        try
        {
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = Predict(engine, paragraphs[i], i, result.Length);
            }
        }
        finally
        {
            _pool.Return(engine);
        }

        return result;
    }

    /// <inheritdoc/>
    public bool IsBoilerplate(string paragraph, int index, int count) => Predict(paragraph, index, count).IsBoilerplate;

    /// <summary>Saves the model as an ML.NET zip.</summary>
    /// <param name="stream">The destination.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        DataViewSchema schema = _ml.Data.LoadFromEnumerable(Array.Empty<ParagraphInput>()).Schema;
        _ml.Model.Save(Model, schema, stream);
    }

    private BoilerplatePrediction Predict(PredictionEngine<ParagraphInput, Output> engine, string? paragraph, int index, int count)
    {
        var input = new ParagraphInput { Text = paragraph ?? string.Empty, Index = Math.Max(index, 0), Count = Math.Max(count, 1) };
        Output output = engine.Predict(input);
        float probability = float.IsNaN(output.Probability) ? 0f : output.Probability;
        return new BoilerplatePrediction(probability >= Threshold, probability, output.Score);
    }

    private static BoilerplateClassifier LoadEmbedded()
    {
        using Stream stream = typeof(BoilerplateClassifier).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded model '{ResourceName}' is missing from {KoNewsMl.PackageName}.");
        return Load(stream);
    }

    /// <summary>The model's output columns.</summary>
    private sealed class Output
    {
        [ColumnName("Probability")]
        public float Probability { get; set; }

        [ColumnName("Score")]
        public float Score { get; set; }
    }

    /// <summary>A bounded pool of prediction engines (a <see cref="PredictionEngine{TSrc, TDst}"/> is not thread-safe).</summary>
    private sealed class EnginePool(MLContext ml, ITransformer model)
    {
        private readonly ConcurrentBag<PredictionEngine<ParagraphInput, Output>> _engines = [];
        private readonly int _capacity = Math.Max(4, Environment.ProcessorCount * 2);

        public PredictionEngine<ParagraphInput, Output> Rent()
            => _engines.TryTake(out PredictionEngine<ParagraphInput, Output>? engine)
                ? engine
                : ml.Model.CreatePredictionEngine<ParagraphInput, Output>(model);

        public void Return(PredictionEngine<ParagraphInput, Output> engine)
        {
            if (_engines.Count < _capacity)
            {
                _engines.Add(engine);
            }
            else
            {
                engine.Dispose();
            }
        }
    }
}
