using System.Text;
using System.Text.Json;
using KoNewsParse.Cli;

namespace KoNewsParse.Tests.Duplicates;

public sealed class DedupRunnerTests : IDisposable
{
    private const string Body1 = "삼성전자가 올해 3분기 연결 기준 영업이익이 12조3000억원으로 잠정 집계됐다고 8일 공시했다.";
    private const string Body2 = "매출은 81조원으로 분기 기준 역대 최대치를 다시 썼다. 메모리 가격 반등이 실적을 끌어올렸다는 분석이다.";
    private const string Body3 = "증권가에서는 4분기에도 이익 개선 흐름이 이어질 것으로 보고 있다는 의견이 많다.";
    private const string Other = "한국은행이 기준금리를 연 3.0%로 동결하고 하반기 물가 흐름을 더 지켜보겠다고 밝혔다.";

    private readonly string _dir = Directory.CreateTempSubdirectory("konews-dedup-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(true));
        return path;
    }

    private static (int Code, List<JsonElement> Lines, string Err) Run(IReadOnlyList<string> files, bool progress = false)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = DedupRunner.Run(files, stdout, stderr, progress);
        List<JsonElement> lines = stdout.ToString()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .ToList();
        return (code, lines, stderr.ToString());
    }

    [Fact]
    public void ReportsDuplicateParagraphsAcrossFilesInArgumentOrder()
    {
        string a = Write("a.txt", $"{Body1}\r\n\r\n{Body2}\n{Body1}\n");
        string b = Write("b.txt", $"{Other}\n{Body2.Replace("분석이다", "평가다", StringComparison.Ordinal)}\n");
        (int code, List<JsonElement> lines, string err) = Run([a, b]);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, err);
        Assert.Equal(2, lines.Count);

        JsonElement inArticle = lines[0];
        Assert.Equal("paragraph", inArticle.GetProperty("type").GetString());
        Assert.Equal(a, inArticle.GetProperty("file").GetString());
        Assert.Equal(2, inArticle.GetProperty("index").GetInt32());
        Assert.Equal(a, inArticle.GetProperty("duplicateOfFile").GetString());
        Assert.Equal(0, inArticle.GetProperty("duplicateOfIndex").GetInt32());
        Assert.Equal(1.0, inArticle.GetProperty("similarity").GetDouble());
        Assert.True(inArticle.GetProperty("exact").GetBoolean());

        JsonElement near = lines[1];
        Assert.Equal((b, 1, a, 1), (near.GetProperty("file").GetString(), near.GetProperty("index").GetInt32(),
            near.GetProperty("duplicateOfFile").GetString(), near.GetProperty("duplicateOfIndex").GetInt32()));
        Assert.False(near.GetProperty("exact").GetBoolean());
        Assert.InRange(near.GetProperty("similarity").GetDouble(), 0.8, 0.9999);
    }

    [Fact]
    public void ReportsNearDuplicateArticles()
    {
        string a = Write("원문.txt", $"{Body1}\n{Body2}\n{Body3}\n");
        string b = Write("rewrite.txt", $"{Body1.Replace("공시했다", "밝혔다", StringComparison.Ordinal)}\n{Body2}\n{Body3} 홍길동 기자\n");
        string c = Write("other.txt", $"{Other}\n");
        (int code, List<JsonElement> lines, _) = Run([a, c, b]);
        Assert.Equal(0, code);
        JsonElement doc = Assert.Single(lines, l => l.GetProperty("type").GetString() == "document");
        Assert.Equal(b, doc.GetProperty("file").GetString());
        Assert.Equal(a, doc.GetProperty("duplicateOfFile").GetString());
        Assert.InRange(doc.GetProperty("similarity").GetDouble(), 0.8, 1.0);
        Assert.Equal(3, lines.Count(l => l.GetProperty("type").GetString() == "paragraph"));
    }

    [Fact]
    public void MissingFile_IsReportedOnStderrWithExitCode2AndOthersStillProcessed()
    {
        string a = Write("a.txt", $"{Body1}\n");
        string missing = Path.Combine(_dir, "없는파일.txt");
        string b = Write("b.txt", $"{Body1}\n");
        (int code, List<JsonElement> lines, string err) = Run([a, missing, b]);
        Assert.Equal(2, code);
        Assert.Contains(missing, err, StringComparison.Ordinal);
        JsonElement dup = Assert.Single(lines, l => l.GetProperty("type").GetString() == "paragraph");
        Assert.Equal(b, dup.GetProperty("file").GetString());
    }

    [Fact]
    public void InvalidUtf8AndBinaryFiles_AreReportedNotCrashed()
    {
        string bad = Path.Combine(_dir, "bad.txt");
        File.WriteAllBytes(bad, [0xEC, 0x95, 0x20, 0xFF, 0xFE]);
        string binary = Path.Combine(_dir, "bin.dat");
        File.WriteAllBytes(binary, [0x41, 0x00, 0x42]);
        (int code, List<JsonElement> lines, string err) = Run([bad, binary]);
        Assert.Equal(2, code);
        Assert.Empty(lines);
        Assert.Contains("bad.txt", err, StringComparison.Ordinal);
        Assert.Contains("bin.dat", err, StringComparison.Ordinal);
    }

    [Fact]
    public void NoFiles_WritesNothing()
    {
        (int code, List<JsonElement> lines, string err) = Run([]);
        Assert.Equal((0, 0, string.Empty), (code, lines.Count, err));
    }

    [Fact]
    public void Progress_GoesToStderrAndKeepsStdoutClean()
    {
        string a = Write("a.txt", $"{Body1}\n{Body1}\n");
        (int code, List<JsonElement> lines, _) = Run([a], progress: true);
        Assert.Equal(0, code);
        Assert.Single(lines);
    }
}
