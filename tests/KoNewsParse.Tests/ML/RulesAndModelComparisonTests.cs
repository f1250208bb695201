using KoNewsParse.Duplicates;
using KoNewsParse.ML.Boilerplate;
using Xunit.Abstractions;

namespace KoNewsParse.Tests.ML;

/// <summary>
/// The rules-vs-model table of docs/ml.md: the core rules alone (<see cref="BoilerplateDetector.ClassifyAll"/>), the shipped
/// model alone and "rules or model", as the article pipeline combines them, on the three evaluation sets. The figures are
/// printed to the test output; run with <c>--logger "console;verbosity=detailed"</c> to read them.
/// </summary>
public sealed class RulesAndModelComparisonTests(ITestOutputHelper output)
{
    public static TheoryData<string> Sets => new() { "held-out", "challenge.tsv", "blind.tsv" };

    private static BoilerplateDataset LoadSet(string name)
    {
        string dir = Path.Combine(BoilerplateTrainingFixture.RepositoryRoot, "data", "boilerplate");
        return name == "held-out" ? BoilerplateDataset.Load(Path.Combine(dir, "labelled.tsv")).Split().HeldOut : BoilerplateDataset.Load(Path.Combine(dir, name));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Rules_model_and_their_combination_on_the_evaluation_sets(string name)
    {
        BoilerplateDataset set = LoadSet(name);
        int[] rules = new int[4], model = new int[4], either = new int[4];
        foreach (IReadOnlyList<LabelledParagraph> article in set.Articles)
        {
            string[] texts = [.. article.Select(p => p.Text)];
            IReadOnlyList<BoilerplateKind> kinds = BoilerplateDetector.Default.ClassifyAll(texts);
            IReadOnlyList<BoilerplatePrediction> predictions = BoilerplateClassifier.Default.PredictArticle(texts);
            for (int i = 0; i < article.Count; i++)
            {
                bool byRules = kinds[i] != BoilerplateKind.None, byModel = predictions[i].IsBoilerplate;
                Count(rules, byRules, article[i].IsBoilerplate);
                Count(model, byModel, article[i].IsBoilerplate);
                Count(either, byRules || byModel, article[i].IsBoilerplate);
            }
        }

        BoilerplateMetrics r = Metrics(rules), m = Metrics(model), e = Metrics(either);
        output.WriteLine($"{name} ({set.ParagraphCount} paragraphs): rules alone {r}");
        output.WriteLine($"{name}: model alone {m}");
        output.WriteLine($"{name}: rules OR model {e}");
        Assert.Equal(m, BoilerplateTrainer.Evaluate(BoilerplateClassifier.Default, set));
        Assert.True(e.Recall >= Math.Max(r.Recall, m.Recall));
    }

    private static void Count(int[] counts, bool predicted, bool actual) => counts[(predicted, actual) switch
    {
        (true, true) => 0,
        (true, false) => 1,
        (false, true) => 2,
        _ => 3,
    }]++;

    private static BoilerplateMetrics Metrics(int[] c) => BoilerplateMetrics.FromCounts(c[0], c[1], c[2], c[3]);
}
