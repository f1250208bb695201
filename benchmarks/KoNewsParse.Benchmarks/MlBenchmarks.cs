using BenchmarkDotNet.Attributes;
using KoNewsParse.ML.Boilerplate;
using KoNewsParse.ML.Featurization;
using Microsoft.ML;

namespace KoNewsParse.Benchmarks;

/// <summary>Inference cost of the ML.NET paragraph classifier and featurizer (per paragraph / per article).</summary>
[MemoryDiagnoser]
public class MlBenchmarks
{
    private static readonly string[] Article =
    [
        "입력 2026.11.24 09:31  수정 2026.11.24 10:02",
        "하람식품은 올해 3분기 매출이 4210억원으로 작년보다 12% 늘었다고 24일 밝혔다.",
        "간편식 수출이 늘어난 덕분으로, 회사는 미국 공장 증설을 검토하고 있다.",
        "회사 관계자는 \"내년에는 동남아 시장 비중을 두 배로 늘리겠다\"고 말했다.",
        "사진=하람식품 제공",
        "증권가는 하람식품의 4분기 영업이익이 시장 기대를 웃돌 것으로 내다봤다.",
        "다만 원재료 가격과 환율은 여전히 부담 요인으로 꼽힌다.",
        "정민아 기자 mina.jung@saebyeok.example",
        "ⓒ 새벽경제, 무단 전재 및 재배포 금지",
        "▶ 관련기사 하람식품, 미국 공장 증설 검토",
    ];

    private readonly float[] _features = new float[ParagraphShape.FeatureCount];
    private BoilerplateClassifier _classifier = null!;
    private PredictionEngine<TextRow, KoNewsFeatureRow> _featurizer = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _classifier = BoilerplateClassifier.Default;
        _classifier.Predict(Article[1], 1, Article.Length);
        var ml = new MLContext(seed: 1);
        IDataView empty = ml.Data.LoadFromEnumerable(Array.Empty<TextRow>());
        ITransformer model = ml.Transforms.KoNewsFeaturize(nameof(TextRow.Text), KoNewsFeaturizerOptions.Default with { ReferenceDate = new DateOnly(2026, 11, 24) }).Fit(empty);
        _featurizer = ml.Model.CreatePredictionEngine<TextRow, KoNewsFeatureRow>(model);
    }

    /// <summary>One paragraph through the shipped classifier (pooled prediction engine), cycling through ten paragraphs.</summary>
    [Benchmark(Baseline = true)]
    public bool ClassifyParagraph()
    {
        int i = _next = (_next + 1) % Article.Length;
        return _classifier.IsBoilerplate(Article[i], i, Article.Length);
    }

    /// <summary>The ten-paragraph article through the classifier.</summary>
    [Benchmark(OperationsPerInvoke = 10)]
    public int ClassifyArticlePerParagraph() => _classifier.PredictArticle(Article).Count(p => p.IsBoilerplate);

    /// <summary>Only the hand-crafted shape features of one paragraph.</summary>
    [Benchmark]
    public float ShapeFeaturesOnly()
    {
        int i = _next = (_next + 1) % Article.Length;
        ParagraphShape.Compute(Article[i], i, Article.Length, _features);
        return _features[0];
    }

    /// <summary>One paragraph through the featurizer (the whole article parser plus the feature columns).</summary>
    [Benchmark]
    public float FeaturizeParagraph()
    {
        int i = _next = (_next + 1) % Article.Length;
        return _featurizer.Predict(new TextRow { Text = Article[i] }).MoneyCount;
    }

    public sealed class TextRow
    {
        public string Text { get; set; } = string.Empty;
    }
}
