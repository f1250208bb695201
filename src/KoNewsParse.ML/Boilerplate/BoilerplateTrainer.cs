using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace KoNewsParse.ML.Boilerplate;

/// <summary>Options of <see cref="BoilerplateTrainer"/>. Immutable.</summary>
public sealed record BoilerplateTrainerOptions
{
    /// <summary>The defaults used for the shipped model.</summary>
    public static BoilerplateTrainerOptions Default { get; } = new();

    /// <summary>The ML.NET seed (training is deterministic for a given seed and dataset).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Every k-th article is held out for evaluation (k ≥ 2).</summary>
    public int HoldOutEvery { get; init; } = 5;

    /// <summary>The longest character n-gram of the text features.</summary>
    public int CharNgramLength { get; init; } = 3;

    /// <summary>The L2 regularization of the SDCA logistic regression, or <see langword="null"/> for the trainer's automatic choice.</summary>
    public float? L2Regularization { get; init; } = 1e-3f;

    /// <summary>The maximum number of SDCA passes.</summary>
    public int MaximumNumberOfIterations { get; init; } = 100;
}

/// <summary>Held-out metrics, boilerplate being the positive class.</summary>
/// <param name="Precision">Of the paragraphs predicted boilerplate, the fraction that are.</param>
/// <param name="Recall">Of the boilerplate paragraphs, the fraction found.</param>
/// <param name="F1">The harmonic mean of precision and recall.</param>
/// <param name="Accuracy">The fraction of paragraphs classified correctly.</param>
/// <param name="TruePositives">Boilerplate predicted boilerplate.</param>
/// <param name="FalsePositives">Body predicted boilerplate.</param>
/// <param name="FalseNegatives">Boilerplate predicted body.</param>
/// <param name="TrueNegatives">Body predicted body.</param>
public sealed record BoilerplateMetrics(
    double Precision, double Recall, double F1, double Accuracy, int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    /// <summary>The number of evaluated paragraphs.</summary>
    public int Count => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    /// <summary>Computes the metrics from a confusion matrix.</summary>
    /// <param name="tp">True positives.</param>
    /// <param name="fp">False positives.</param>
    /// <param name="fn">False negatives.</param>
    /// <param name="tn">True negatives.</param>
    /// <returns>The metrics (0 where undefined).</returns>
    public static BoilerplateMetrics FromCounts(int tp, int fp, int fn, int tn)
    {
        double precision = tp + fp == 0 ? 0 : tp / (double)(tp + fp);
        double recall = tp + fn == 0 ? 0 : tp / (double)(tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        int n = tp + fp + fn + tn;
        double accuracy = n == 0 ? 0 : (tp + tn) / (double)n;
        return new BoilerplateMetrics(precision, recall, f1, accuracy, tp, fp, fn, tn);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"precision {Precision:F3}, recall {Recall:F3}, F1 {F1:F3}, accuracy {Accuracy:F3} (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives}, tn {TrueNegatives})");
}

/// <summary>The result of <see cref="BoilerplateTrainer.Train"/>.</summary>
public sealed class BoilerplateTrainingResult
{
    internal BoilerplateTrainingResult(BoilerplateClassifier classifier, BoilerplateMetrics heldOut, int trainArticles, int trainParagraphs, int heldOutArticles)
    {
        Classifier = classifier;
        HeldOut = heldOut;
        TrainArticles = trainArticles;
        TrainParagraphs = trainParagraphs;
        HeldOutArticles = heldOutArticles;
    }

    /// <summary>The trained classifier.</summary>
    public BoilerplateClassifier Classifier { get; }

    /// <summary>The metrics on the held-out articles.</summary>
    public BoilerplateMetrics HeldOut { get; }

    /// <summary>Articles used for training.</summary>
    public int TrainArticles { get; }

    /// <summary>Paragraphs used for training.</summary>
    public int TrainParagraphs { get; }

    /// <summary>Articles held out.</summary>
    public int HeldOutArticles { get; }
}

/// <summary>
/// Trains the body-vs-boilerplate paragraph classifier: hand-crafted <see cref="ParagraphShape"/> features (including the rule
/// detector's verdict) plus character and word n-grams (<c>FeaturizeText</c>), SDCA logistic regression, single-threaded with a
/// fixed seed so that the same data always gives the same model.
/// </summary>
public static class BoilerplateTrainer
{
    internal const string ShapeColumn = "ShapeFeatures";
    internal const string NgramColumn = "NgramFeatures";

    /// <summary>Splits <paramref name="dataset"/> (<see cref="BoilerplateDataset.Split"/>), trains on one part, evaluates on the other.</summary>
    /// <param name="dataset">The labelled data (at least two articles; both labels in the training part).</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="BoilerplateTrainerOptions.Default"/>.</param>
    /// <returns>The classifier and its held-out metrics.</returns>
    /// <exception cref="BoilerplateDatasetException">The data cannot train a classifier.</exception>
    public static BoilerplateTrainingResult Train(BoilerplateDataset dataset, BoilerplateTrainerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= BoilerplateTrainerOptions.Default;
        if (dataset.Articles.Count < 2)
        {
            throw new BoilerplateDatasetException("at least two articles are needed (one is held out for evaluation).");
        }

        (BoilerplateDataset train, BoilerplateDataset heldOut) = dataset.Split(options.HoldOutEvery);
        BoilerplateClassifier classifier = TrainOn(train, options);
        BoilerplateMetrics metrics = Evaluate(classifier, heldOut);
        return new BoilerplateTrainingResult(classifier, metrics, train.Articles.Count, train.ParagraphCount, heldOut.Articles.Count);
    }

    /// <summary>Trains on all of <paramref name="train"/> (no hold-out).</summary>
    /// <param name="train">The training data (both labels present).</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The classifier.</returns>
    /// <exception cref="BoilerplateDatasetException">The data has only one label.</exception>
    public static BoilerplateClassifier TrainOn(BoilerplateDataset train, BoilerplateTrainerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        options ??= BoilerplateTrainerOptions.Default;
        LabelledParagraphInput[] rows = [.. train.ToRows()];
        if (!rows.Any(r => r.Label) || rows.All(r => r.Label))
        {
            throw new BoilerplateDatasetException("the training data needs both 'body' and 'boilerplate' rows.");
        }

        var ml = new MLContext(seed: options.Seed).RegisterKoNews();
        IDataView data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.CustomMapping(new ParagraphShapeFactory().GetMapping(), ParagraphShapeFactory.ContractName)
            .Append(ml.Transforms.NormalizeMinMax(ShapeColumn))
            .Append(ml.Transforms.Text.FeaturizeText(NgramColumn, new TextFeaturizingEstimator.Options
            {
                CaseMode = TextNormalizingEstimator.CaseMode.Lower,
                KeepDiacritics = true,
                KeepPunctuations = true,
                KeepNumbers = false,
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = options.CharNgramLength, UseAllLengths = true },
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1 },
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            }, nameof(ParagraphInput.Text)))
            .Append(ml.Transforms.Concatenate("Features", ShapeColumn, NgramColumn))
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(LabelledParagraphInput.Label),
                FeatureColumnName = "Features",
                NumberOfThreads = 1,
                L2Regularization = options.L2Regularization,
                MaximumNumberOfIterations = options.MaximumNumberOfIterations,
                Shuffle = true,
            }));
        ITransformer model = pipeline.Fit(data);
        return new BoilerplateClassifier(ml, model);
    }

    /// <summary>Evaluates <paramref name="classifier"/> on <paramref name="data"/> (boilerplate is the positive class).</summary>
    /// <param name="classifier">The classifier.</param>
    /// <param name="data">The labelled data.</param>
    /// <returns>The metrics.</returns>
    public static BoilerplateMetrics Evaluate(BoilerplateClassifier classifier, BoilerplateDataset data)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(data);
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (IReadOnlyList<LabelledParagraph> article in data.Articles)
        {
            IReadOnlyList<BoilerplatePrediction> predictions = classifier.PredictArticle([.. article.Select(p => p.Text)]);
            for (int i = 0; i < article.Count; i++)
            {
                switch ((article[i].IsBoilerplate, predictions[i].IsBoilerplate))
                {
                    case (true, true): tp++; break;
                    case (false, true): fp++; break;
                    case (true, false): fn++; break;
                    default: tn++; break;
                }
            }
        }

        return BoilerplateMetrics.FromCounts(tp, fp, fn, tn);
    }
}
