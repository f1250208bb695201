using KoNewsParse.Articles;
using KoNewsParse.ML.Boilerplate;

namespace KoNewsParse.Tests.ML;

[Collection(BoilerplateTrainingCollection.Name)]
public sealed class BoilerplateClassifierTests(BoilerplateTrainingFixture fixture)
{
    /// <summary>The held-out F1 reported in docs/ml.md for the shipped model.</summary>
    private const double ReportedF1 = 0.970;

    /// <summary>The F1 reported in docs/ml.md on the challenge set (phrasings and outlets absent from the training data).</summary>
    private const double ReportedChallengeF1 = 0.923;

    /// <summary>The F1 reported in docs/ml.md on the blind set (written after the training data was final, evaluated once).</summary>
    private const double ReportedBlindF1 = 0.900;

    private const double Tolerance = 0.02;

    [Fact]
    public void Shipped_model_reaches_its_reported_F1_on_the_held_out_split()
    {
        BoilerplateMetrics metrics = BoilerplateTrainer.Evaluate(BoilerplateClassifier.Default, fixture.HeldOut);
        Assert.True(metrics.Count > 50, $"held-out split too small: {metrics.Count}");
        Assert.InRange(metrics.F1, ReportedF1 - Tolerance, 1.0);
    }

    [Theory]
    [InlineData("challenge.tsv", ReportedChallengeF1)]
    [InlineData("blind.tsv", ReportedBlindF1)]
    public void Shipped_model_reaches_its_reported_F1_on_the_evaluation_only_sets(string file, double reportedF1)
    {
        BoilerplateDataset set = BoilerplateDataset.Load(Path.Combine(BoilerplateTrainingFixture.RepositoryRoot, "data", "boilerplate", file));
        BoilerplateMetrics metrics = BoilerplateTrainer.Evaluate(BoilerplateClassifier.Default, set);
        Assert.InRange(metrics.F1, reportedF1 - Tolerance, 1.0);
    }

    [Theory]
    [InlineData("challenge.tsv")]
    [InlineData("blind.tsv")]
    public void Evaluation_only_sets_share_no_paragraph_with_the_training_data(string file)
    {
        BoilerplateDataset set = BoilerplateDataset.Load(Path.Combine(BoilerplateTrainingFixture.RepositoryRoot, "data", "boilerplate", file));
        var known = fixture.Dataset.Articles.SelectMany(a => a).Select(p => p.Text).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(set.Articles.SelectMany(a => a), p => known.Contains(p.Text));
        Assert.True(set.ParagraphCount >= 40, $"{file}: {set.ParagraphCount} paragraphs");
    }

    [Fact]
    public void Retraining_on_the_checked_in_data_reproduces_the_shipped_model()
    {
        BoilerplateClassifier shipped = BoilerplateClassifier.Default;
        foreach ((string text, int index, int count) in fixture.HeldOutParagraphs())
        {
            BoilerplatePrediction expected = fixture.Result.Classifier.Predict(text, index, count);
            BoilerplatePrediction actual = shipped.Predict(text, index, count);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Training_is_deterministic_with_a_fixed_seed()
    {
        BoilerplateTrainingResult first = fixture.SmallResult;
        BoilerplateTrainingResult second = BoilerplateTrainer.Train(fixture.SmallSubset);
        Assert.Equal(first.HeldOut, second.HeldOut);
        foreach ((string text, int index, int count) in fixture.HeldOutParagraphs())
        {
            Assert.Equal(first.Classifier.Predict(text, index, count), second.Classifier.Predict(text, index, count));
        }
    }

    [Fact]
    public void A_different_seed_still_trains_a_working_model()
    {
        BoilerplateTrainingResult result = BoilerplateTrainer.Train(fixture.SmallSubset, BoilerplateTrainerOptions.Default with { Seed = 7 });
        Assert.True(result.HeldOut.F1 > 0.8, result.HeldOut.ToString());
    }

    [Fact]
    public void Save_and_load_round_trip_gives_identical_predictions()
    {
        using var stream = new MemoryStream();
        fixture.Result.Classifier.Save(stream);
        stream.Position = 0;
        BoilerplateClassifier loaded = BoilerplateClassifier.Load(stream);
        foreach ((string text, int index, int count) in fixture.HeldOutParagraphs())
        {
            Assert.Equal(fixture.Result.Classifier.Predict(text, index, count), loaded.Predict(text, index, count));
        }
    }

    [Fact]
    public void Held_out_articles_are_never_used_for_training()
    {
        var trainTexts = fixture.Train.Articles.Select(a => a[0].LineNumber).ToHashSet();
        Assert.All(fixture.HeldOut.Articles, a => Assert.DoesNotContain(a[0].LineNumber, trainTexts));
        Assert.Equal(fixture.Dataset.ParagraphCount, fixture.Train.ParagraphCount + fixture.HeldOut.ParagraphCount);
        Assert.Equal(fixture.Train.ParagraphCount, fixture.Result.TrainParagraphs);
    }

    [Theory]
    [InlineData("ⓒ 새벽경제, 무단 전재 및 재배포 금지", 7, 8, true)]
    [InlineData("정민아 기자 mina.jung@saebyeok.example", 6, 8, true)]
    [InlineData("▶ 관련기사 더 보기", 7, 8, true)]
    [InlineData("공유하기 페이스북 엑스 카카오톡 링크복사", 0, 8, true)]
    [InlineData("하람식품은 올해 3분기 매출이 4210억원으로 작년보다 12% 늘었다고 밝혔다.", 1, 8, false)]
    [InlineData("회사 측은 내년에도 해외 공장 증설을 이어 가겠다는 계획을 내놓았다.", 3, 8, false)]
    public void Shipped_model_separates_typical_body_and_boilerplate_lines(string paragraph, int index, int count, bool expected)
        => Assert.Equal(expected, BoilerplateClassifier.Default.IsBoilerplate(paragraph, index, count));

    [Fact]
    public void Article_parser_uses_the_classifier_when_the_option_is_set()
    {
        const string article = "하람식품은 올해 3분기 매출이 4210억원으로 작년보다 12% 늘었다고 밝혔다.\n"
            + "간편식 수출이 늘어난 덕분으로, 회사는 미국 공장 증설을 검토하고 있다.\n"
            + "정민아 기자 mina.jung@saebyeok.example\n"
            + "ⓒ 새벽경제, 무단 전재 및 재배포 금지";
        var parser = new ArticleParser(ArticleParserOptions.Default with { ParagraphClassifier = BoilerplateClassifier.Default, Boilerplate = null });
        ParsedArticle parsed = parser.Parse(article);
        Assert.Equal([false, false, true, true], parsed.Paragraphs.Select(p => p.IsBoilerplate));
    }

    [Fact]
    public void Concurrent_predictions_equal_sequential_ones()
    {
        (string Text, int Index, int Count)[] items = [.. fixture.HeldOutParagraphs()];
        BoilerplatePrediction[] sequential = [.. items.Select(x => BoilerplateClassifier.Default.Predict(x.Text, x.Index, x.Count))];
        var parallel = new BoilerplatePrediction[items.Length];
        Parallel.For(0, items.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            int k = i % items.Length;
            parallel[k] = BoilerplateClassifier.Default.Predict(items[k].Text, items[k].Index, items[k].Count);
        });
        Assert.Equal(sequential, parallel);
    }

    [Theory]
    [InlineData("회사 측은 내년에도 해외 공장 증설을 이어 가겠다는 계획을 내놓았다.", 0f, true)]
    [InlineData("ⓒ 새벽경제, 무단 전재 및 재배포 금지", 1f, false)]
    public void Threshold_controls_the_decision(string paragraph, float threshold, bool expected)
    {
        BoilerplateClassifier classifier = BoilerplateClassifier.Default.WithThreshold(threshold);
        BoilerplatePrediction p = classifier.Predict(paragraph, 2, 6);
        Assert.Equal(expected, p.IsBoilerplate);
        Assert.Equal(BoilerplateClassifier.Default.Predict(paragraph, 2, 6).Probability, p.Probability);
    }

    [Theory]
    [InlineData(null, 0, 1)]
    [InlineData("", -3, 0)]
    [InlineData("   ", 10, 2)]
    public void Degenerate_inputs_do_not_throw(string? paragraph, int index, int count)
    {
        BoilerplatePrediction p = BoilerplateClassifier.Default.Predict(paragraph, index, count);
        Assert.InRange(p.Probability, 0f, 1f);
    }
}
