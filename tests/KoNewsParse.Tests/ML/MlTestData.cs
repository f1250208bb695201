using KoNewsParse.ML.Boilerplate;

namespace KoNewsParse.Tests.ML;

/// <summary>Locates the checked-in boilerplate dataset and trains on it once per test run.</summary>
public sealed class BoilerplateTrainingFixture
{
    public BoilerplateTrainingFixture()
    {
        Dataset = BoilerplateDataset.Load(DataPath);
        (Train, HeldOut) = Dataset.Split();
        Result = BoilerplateTrainer.Train(Dataset);
        _smallResult = new(() => BoilerplateTrainer.Train(SmallSubset));
    }

    public static string RepositoryRoot { get; } = FindRoot();

    public static string DataPath => Path.Combine(RepositoryRoot, "data", "boilerplate", "labelled.tsv");

    public BoilerplateDataset Dataset { get; }

    public BoilerplateDataset Train { get; }

    public BoilerplateDataset HeldOut { get; }

    public BoilerplateTrainingResult Result { get; }

    /// <summary>The number of articles of <see cref="SmallSubset"/>.</summary>
    public const int SmallSubsetArticles = 12;

    private readonly Lazy<BoilerplateTrainingResult> _smallResult;

    /// <summary>The first <see cref="SmallSubsetArticles"/> articles, for fast trainings.</summary>
    public BoilerplateDataset SmallSubset => Subset(SmallSubsetArticles);

    /// <summary>One training on <see cref="SmallSubset"/> with the default options, shared by the tests.</summary>
    public BoilerplateTrainingResult SmallResult => _smallResult.Value;

    /// <summary>The first <paramref name="articles"/> articles (fast trainings).</summary>
    public BoilerplateDataset Subset(int articles) => new([.. Dataset.Articles.Take(articles)]);

    /// <summary>Writes <paramref name="data"/> in the TSV format.</summary>
    public static void WriteTsv(BoilerplateDataset data, string path)
        => File.WriteAllLines(path, data.Articles.SelectMany(a => a.Select(p => (p.IsBoilerplate ? "boilerplate\t" : "body\t") + p.Text).Append(string.Empty)));

    public IEnumerable<(string Text, int Index, int Count)> HeldOutParagraphs()
        => HeldOut.Articles.SelectMany(a => a.Select((p, i) => (p.Text, i, a.Count)));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KoNewsParse.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KoNewsParse.sln not found above the test directory.");
    }
}

[CollectionDefinition(Name)]
public sealed class BoilerplateTrainingCollection : ICollectionFixture<BoilerplateTrainingFixture>
{
    public const string Name = "boilerplate training";
}
