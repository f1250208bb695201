using KoNewsParse.Cli;
using KoNewsParse.ML.Boilerplate;

namespace KoNewsParse.Tests.ML;

[Collection(BoilerplateTrainingCollection.Name)]
public sealed class TrainBoilerplateRunnerTests(BoilerplateTrainingFixture fixture) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("konews-ml-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Trains_prints_held_out_metrics_and_writes_a_loadable_model()
    {
        BoilerplateDataset subset = fixture.SmallSubset;
        string data = Path.Combine(_dir, "subset.tsv");
        BoilerplateTrainingFixture.WriteTsv(subset, data);
        BoilerplateTrainingResult expected = fixture.SmallResult;
        string output = Path.Combine(_dir, "out", "model.zip");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        int code = TrainBoilerplateRunner.Run(data, output, stdout, stderr);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr.ToString());
        Assert.Contains($"held-out {expected.HeldOut}", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains($"read {subset.ParagraphCount} paragraphs in {BoilerplateTrainingFixture.SmallSubsetArticles} articles", stdout.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(output));
        Assert.Equal(["model.zip"], Directory.GetFiles(Path.Combine(_dir, "out")).Select(Path.GetFileName));

        BoilerplateClassifier loaded = BoilerplateClassifier.Load(output);
        (_, BoilerplateDataset heldOut) = subset.Split();
        Assert.Equal(expected.HeldOut, BoilerplateTrainer.Evaluate(loaded, heldOut));
    }

    [Fact]
    public void Replaces_an_existing_model()
    {
        string output = Path.Combine(_dir, "model.zip");
        File.WriteAllText(output, "old");
        string data = Path.Combine(_dir, "small.tsv");
        File.WriteAllText(data, "body\t하람식품은 매출이 늘었다고 밝혔다.\nboilerplate\tⓒ 새벽경제 무단전재 금지\n\nbody\t회사는 공장을 짓는다.\nboilerplate\t정민아 기자 mina@saebyeok.example\n");
        Assert.Equal(0, TrainBoilerplateRunner.Run(data, output, TextWriter.Null, TextWriter.Null));
        Assert.NotEqual("old", File.ReadAllText(output));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Missing_data_file_exits_2_with_a_clear_message()
    {
        var stderr = new StringWriter();
        string missing = Path.Combine(_dir, "nope.tsv");
        Assert.Equal(2, TrainBoilerplateRunner.Run(missing, Path.Combine(_dir, "m.zip"), TextWriter.Null, stderr));
        Assert.Contains("data file not found", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains(missing, stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "m.zip")));
    }

    [Theory]
    [InlineData("body\t본문이다.\nspam\t광고\n", "line 2: unknown label 'spam'")]
    [InlineData("body\t본문이다.\n본문만 있는 줄\n", "line 2: expected 'label<TAB>text'")]
    [InlineData("body\t가\n\nbody\t나\n", "needs both 'body' and 'boilerplate'")]
    [InlineData("# nothing\n", "no labelled rows")]
    public void Bad_data_exits_2_and_names_the_problem(string content, string expected)
    {
        string data = Path.Combine(_dir, "bad.tsv");
        File.WriteAllText(data, content);
        var stderr = new StringWriter();
        Assert.Equal(2, TrainBoilerplateRunner.Run(data, Path.Combine(_dir, "m.zip"), TextWriter.Null, stderr));
        Assert.Contains(expected, stderr.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("error: ", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "m.zip")));
    }

    [Theory]
    [InlineData("", "m.zip")]
    [InlineData("data.tsv", "")]
    public void Missing_arguments_exit_2(string data, string output)
    {
        var stderr = new StringWriter();
        Assert.Equal(2, TrainBoilerplateRunner.Run(data, output, TextWriter.Null, stderr));
        Assert.Contains("usage", stderr.ToString(), StringComparison.Ordinal);
    }
}
