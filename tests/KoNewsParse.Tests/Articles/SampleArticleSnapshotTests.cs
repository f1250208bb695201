using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KoNewsParse.Articles;
using Snapshooter;
using Snapshooter.Xunit;

namespace KoNewsParse.Tests.Articles;

/// <summary>
/// Golden files for whole-article output: every bundled sample is parsed and its contract JSON compared with the
/// checked-in snapshot in <c>__snapshots__/</c>. After a deliberate change, delete the affected <c>.snap</c> files and
/// run the tests once to regenerate them, then review the diff.
/// </summary>
public class SampleArticleSnapshotTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(Path.Combine(RepoRoot.Path, "samples", "articles"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_article_output_matches_its_golden_file(string sample)
    {
        // The folder is given explicitly: with deterministic builds (CI) the PDB paths are mapped to "/_/…", and
        // Snapshooter would otherwise look for (and silently create) golden files under that non-existent root.
        // (Snapshooter adds the "__snapshots__" folder itself.)
        string testFolder = Path.Combine(RepoRoot.Path, "tests", "KoNewsParse.Tests", "Articles");
        string snapshotName = $"{nameof(SampleArticleSnapshotTests)}.{nameof(Sample_article_output_matches_its_golden_file)}_{sample}.snap";
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            // on CI a missing golden file is a failure, not a silent first run
            Assert.True(File.Exists(Path.Combine(testFolder, "__snapshots__", snapshotName)), $"missing golden file {snapshotName}");
        }

        string text = File.ReadAllText(Path.Combine(RepoRoot.Path, "samples", "articles", sample));
        ParsedArticle article = ArticleParser.Default.Parse(text);
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            ArticleJsonWriter.Write(writer, article, sample);
        }

        string json = Encoding.UTF8.GetString(buffer.ToArray());
        Snapshot.Match(json, new SnapshotFullName(snapshotName, testFolder));
    }
}
