using System.Text;
using System.Text.Json;
using KoNewsParse.Cli;

namespace KoNewsParse.Tests.Cli;

public sealed class ParseCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "konews-cli-" + Guid.NewGuid().ToString("N"));

    public ParseCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Article = "입력 2021.11.25 14:35\n홍길동 기자 gildong@example.co.kr\n삼성전자가 지난 23일 300억원을 투자했다.\n";

    private static (int Exit, string Out, string Err) Run(string[] args, byte[]? stdin = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using var input = new MemoryStream(stdin ?? []);
        int exit = KonewsApp.Run(args, input, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private string Write(string name, string content) => WriteBytes(name, new UTF8Encoding(false).GetBytes(content));

    private string WriteBytes(string name, byte[] content)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static JsonElement[] Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();

    [Fact]
    public void Writes_one_json_object_per_article_per_line()
    {
        string a = Write("a.txt", Article);
        string b = Write("b.txt", Article);
        var (exit, output, err) = Run(["parse", a, b]);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);
        JsonElement[] lines = Lines(output);
        Assert.Equal(2, lines.Length);
        Assert.Equal(a, lines[0].GetProperty("source").GetString());
        Assert.Equal(b, lines[1].GetProperty("source").GetString());
    }

    [Fact]
    public void Json_uses_the_contract_field_names()
    {
        var (_, output, _) = Run(["parse", Write("a.txt", Article)]);
        JsonElement root = Lines(output)[0];
        string[] top = root.EnumerateObject().Select(p => p.Name).ToArray();
        foreach (string name in new[] { "source", "published", "referenceDate", "byline", "paragraphs", "money", "quantities", "dates", "companies" })
        {
            Assert.Contains(name, top);
        }

        Assert.Equal("2021-11-25T14:35:00+09:00", root.GetProperty("published").GetString());
        Assert.Equal("2021-11-25", root.GetProperty("referenceDate").GetString());
        Assert.Equal("홍길동", root.GetProperty("byline").GetProperty("name").GetString());
        Assert.Equal("gildong@example.co.kr", root.GetProperty("byline").GetProperty("email").GetString());
        JsonElement p = root.GetProperty("paragraphs")[2];
        Assert.Equal(
            new[] { "index", "offset", "text", "boilerplate", "duplicateOf" },
            p.EnumerateObject().Select(x => x.Name).ToArray());
        Assert.Equal(2, p.GetProperty("index").GetInt32());
        Assert.Equal(JsonValueKind.False, p.GetProperty("boilerplate").ValueKind);
        Assert.Equal(JsonValueKind.Null, p.GetProperty("duplicateOf").ValueKind);
        Assert.Contains("삼성전자", p.GetProperty("text").GetString(), StringComparison.Ordinal); // Hangul is not escaped
        Assert.Contains("삼성전자", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraph_offsets_index_the_normalized_text()
    {
        var (_, output, _) = Run(["parse", Write("crlf.txt", "\uFEFF첫째 줄\r\n\r\n  둘째 줄  \r\n")]);
        JsonElement[] paragraphs = [.. Lines(output)[0].GetProperty("paragraphs").EnumerateArray()];
        Assert.Equal(2, paragraphs.Length);
        Assert.Equal(0, paragraphs[0].GetProperty("offset").GetInt32());
        Assert.Equal("둘째 줄", paragraphs[1].GetProperty("text").GetString());
        Assert.Equal("첫째 줄\n\n  ".Length, paragraphs[1].GetProperty("offset").GetInt32());
    }

    [Fact]
    public void Reference_date_option_overrides_the_dateline()
    {
        var (exit, output, _) = Run(["parse", "--reference-date", "2020-01-31", Write("a.txt", Article)]);
        Assert.Equal(0, exit);
        JsonElement root = Lines(output)[0];
        Assert.Equal("2020-01-31", root.GetProperty("referenceDate").GetString());
        Assert.Equal("2021-11-25T14:35:00+09:00", root.GetProperty("published").GetString());
    }

    [Theory]
    [InlineData("2020-13-01")]
    [InlineData("yesterday")]
    [InlineData("2020/01/31")]
    public void Invalid_reference_date_is_a_usage_error(string value)
    {
        var (exit, output, err) = Run(["parse", "--reference-date", value, Write("a.txt", Article)]);
        Assert.Equal(KonewsApp.ExitUsage, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(value, err, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_reported_by_name_with_exit_code_2_and_the_others_are_still_processed()
    {
        string ok = Write("ok.txt", Article);
        string missing = Path.Combine(_dir, "missing.txt");
        var (exit, output, err) = Run(["parse", missing, ok]);
        Assert.Equal(2, exit);
        Assert.Contains(missing, err, StringComparison.Ordinal);
        Assert.Contains("no such file", err, StringComparison.Ordinal);
        JsonElement[] lines = Lines(output);
        Assert.Single(lines);
        Assert.Equal(ok, lines[0].GetProperty("source").GetString());
    }

    [Fact]
    public void Directory_instead_of_file_is_an_input_error()
    {
        var (exit, _, err) = Run(["parse", _dir]);
        Assert.Equal(2, exit);
        Assert.Contains("directory", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_a_clear_error_for_that_file()
    {
        // "삼성" in CP949
        string cp949 = WriteBytes("cp949.txt", [0xBB, 0xEF, 0xBC, 0xBA]);
        var (exit, output, err) = Run(["parse", cp949]);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("cp949.txt", err, StringComparison.Ordinal);
        Assert.Contains("UTF-8", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_input_is_a_clear_error_for_that_file()
    {
        string bin = WriteBytes("image.png", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]);
        var (exit, _, err) = Run(["parse", bin]);
        Assert.Equal(2, exit);
        Assert.Contains("binary", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_input_gives_an_article_with_no_paragraphs()
    {
        var (exit, output, _) = Run(["parse", Write("empty.txt", string.Empty)]);
        Assert.Equal(0, exit);
        JsonElement root = Lines(output)[0];
        Assert.Equal(0, root.GetProperty("paragraphs").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("published").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("referenceDate").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("byline").ValueKind);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reads_standard_input_when_no_file_or_dash_is_given(bool dash)
    {
        string[] args = dash ? ["parse", "-"] : ["parse"];
        var (exit, output, _) = Run(args, Encoding.UTF8.GetBytes(Article));
        Assert.Equal(0, exit);
        JsonElement root = Lines(output)[0];
        Assert.Equal("-", root.GetProperty("source").GetString());
        Assert.Equal(3, root.GetProperty("paragraphs").GetArrayLength());
    }

    [Fact]
    public void Output_file_receives_the_jsonl_and_stdout_stays_empty()
    {
        string outPath = Path.Combine(_dir, "out.jsonl");
        var (exit, output, _) = Run(["parse", "--output", outPath, Write("a.txt", Article)]);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output);
        Assert.Single(Lines(File.ReadAllText(outPath)));
        Assert.Single(Directory.GetFiles(_dir, "*.tmp", SearchOption.AllDirectories).Concat(Directory.GetFiles(_dir, "out.jsonl")));
    }

    [Fact]
    public void Output_file_is_not_touched_when_it_cannot_be_written()
    {
        string target = Path.Combine(_dir, "no-such-dir", "out.jsonl");
        var (exit, _, err) = Run(["parse", "--output", target, Write("a.txt", Article)]);
        Assert.Equal(2, exit);
        Assert.Contains("cannot write output", err, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Output_file_is_replaced_whole_never_appended()
    {
        string outPath = Path.Combine(_dir, "out.jsonl");
        File.WriteAllText(outPath, "old content that must disappear\n");
        Run(["parse", "-o", outPath, Write("a.txt", Article)]);
        string content = File.ReadAllText(outPath);
        Assert.DoesNotContain("old content", content, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void Pretty_output_is_indented_json()
    {
        var (_, output, _) = Run(["parse", "--pretty", Write("a.txt", Article)]);
        Assert.Contains("\n  \"source\"", output, StringComparison.Ordinal);
        using JsonDocument doc = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Object, doc.RootElement.ValueKind);
    }

    [Fact]
    public void Help_documents_the_contract()
    {
        var (exit, output, _) = Run(["parse", "--help"]);
        Assert.Equal(0, exit);
        foreach (string name in new[] { "referenceDate", "duplicateOf", "equivalent", "granularity", "--reference-date", "--output", "--pretty", "Exit codes" })
        {
            Assert.Contains(name, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Version_prints_the_tool_version()
    {
        var (exit, output, _) = Run(["version"]);
        Assert.Equal(0, exit);
        Assert.StartsWith("konews ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-command")]
    [InlineData("parse", "--reference-date")]
    [InlineData("parse", "--output")]
    public void Malformed_command_line_is_a_usage_error(params string[] args)
    {
        var (exit, _, err) = Run(args);
        Assert.Equal(1, exit);
        Assert.NotEqual(string.Empty, err);
    }

    [Fact]
    public void Sample_articles_have_published_date_byline_and_paragraphs()
    {
        string samples = Path.Combine(RepoRoot.Path, "samples", "articles");
        string[] files = Directory.GetFiles(samples, "*.txt");
        Assert.True(files.Length >= 3);
        var (exit, output, err) = Run(["parse", .. files]);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);
        foreach (JsonElement root in Lines(output))
        {
            Assert.Equal(JsonValueKind.String, root.GetProperty("published").ValueKind);
            Assert.NotNull(root.GetProperty("byline").GetProperty("name").GetString());
            Assert.True(root.GetProperty("paragraphs").GetArrayLength() > 3);
        }
    }

    [Fact]
    public void Boilerplate_model_option_loads_the_shipped_classifier()
    {
        string path = Write("tail.txt", "입력 2021.11.25 14:35\n삼성전자가 지난 23일 300억원을 투자했다고 밝혔다.\nⓒ 코뉴스 무단전재 및 재배포 금지\n");
        var (exit, output, err) = Run(["parse", "--boilerplate-model", "default", path]);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);
        JsonElement[] paragraphs = [.. Lines(output)[0].GetProperty("paragraphs").EnumerateArray()];
        Assert.False(paragraphs[1].GetProperty("boilerplate").GetBoolean());
        Assert.True(paragraphs[2].GetProperty("boilerplate").GetBoolean());
    }

    [Fact]
    public void Unreadable_boilerplate_model_is_an_input_error_naming_the_file()
    {
        string missing = Path.Combine(_dir, "no-model.zip");
        var (exit, output, err) = Run(["parse", "--boilerplate-model", missing, Write("a.txt", Article)]);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(missing, err, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_boilerplate_without_output_is_a_usage_error()
    {
        var (exit, _, err) = Run(["train-boilerplate", Write("data.tsv", "body\t본문입니다.\n")]);
        Assert.Equal(1, exit);
        Assert.Contains("--output", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Dedup_reports_a_duplicated_paragraph_across_files()
    {
        string a = Write("a.txt", "삼성전자는 반도체 장비 국산화를 위해 3조원을 투자한다고 밝혔다.\n첫 기사만의 문단이다.\n");
        string b = Write("b.txt", "다른 기사의 첫 문단이다.\n삼성전자는 반도체 장비 국산화를 위해 3조원을 투자한다고 밝혔다.\n");
        var (exit, output, _) = Run(["dedup", a, b]);
        Assert.Equal(0, exit);
        JsonElement dup = Lines(output).Single(l => l.GetProperty("type").GetString() == "paragraph");
        Assert.Equal(b, dup.GetProperty("file").GetString());
        Assert.Equal(1, dup.GetProperty("index").GetInt32());
        Assert.Equal(a, dup.GetProperty("duplicateOfFile").GetString());
        Assert.Equal(0, dup.GetProperty("duplicateOfIndex").GetInt32());
    }
}
