using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KoNewsParse.Articles;
using KoNewsParse.Duplicates;
using KoNewsParse.Text;
using Spectre.Console;

namespace KoNewsParse.Cli;

/// <summary>
/// <c>konews dedup FILES…</c>: reads each file as one article (UTF-8, paragraphs = non-empty lines), indexes them in argument
/// order (the first file is the earliest) and writes JSONL: one object per duplicate paragraph and one per near-duplicate
/// article.
/// </summary>
internal static class DedupRunner
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(IReadOnlyList<string> files, TextWriter stdout, TextWriter stderr, bool showProgress)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        int exitCode = 0;
        var index = new DuplicateIndex();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var ids = new List<string>();

        void Process(Action<int>? progress)
        {
            for (int i = 0; i < files.Count; i++)
            {
                string file = files[i];
                string? error = TryRead(file, out string? text);
                if (error is not null)
                {
                    stderr.WriteLine(error);
                    exitCode = 2;
                    progress?.Invoke(i + 1);
                    continue;
                }

                // Ids are zero-padded argument positions, so "earliest" = earlier on the command line.
                string id = i.ToString("D10", CultureInfo.InvariantCulture);
                names[id] = file;
                ids.Add(id);
                string normalized = TextNormalizer.Normalize(text).Text;
                List<KoNewsParse.Articles.Paragraph> paragraphs = ArticleParser.SplitParagraphs(normalized, ParagraphMode.Line);
                var texts = new string[paragraphs.Count];
                for (int p = 0; p < texts.Length; p++)
                {
                    texts[p] = paragraphs[p].Text;
                }

                IReadOnlyList<ParagraphDuplicate?> found = index.Add(id, texts);
                for (int p = 0; p < found.Count; p++)
                {
                    if (found[p] is { } d)
                    {
                        WriteParagraph(stdout, file, p, names[d.DocumentId], d);
                    }
                }

                if (index.FindNearDuplicateDocument(id) is { } doc)
                {
                    WriteDocument(stdout, file, names[doc.DuplicateOf], doc.Similarity);
                }

                progress?.Invoke(i + 1);
            }
        }

        if (showProgress && files.Count > 0)
        {
            IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
            console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    ProgressTask task = ctx.AddTask("dedup", maxValue: files.Count);
                    Process(done => task.Value = done);
                });
        }
        else
        {
            Process(null);
        }

        stdout.Flush();
        return exitCode;
    }

    private static string? TryRead(string file, out string? text)
    {
        text = null;
        try
        {
            byte[] bytes = File.ReadAllBytes(file);
            if (bytes.AsSpan().Contains((byte)0))
            {
                return $"konews dedup: {file}: binary file (contains NUL bytes); skipped.";
            }

            text = StrictUtf8.GetString(bytes);
            return null;
        }
        catch (FileNotFoundException)
        {
            return $"konews dedup: {file}: file not found.";
        }
        catch (DirectoryNotFoundException)
        {
            return $"konews dedup: {file}: file not found.";
        }
        catch (DecoderFallbackException)
        {
            return $"konews dedup: {file}: not valid UTF-8; skipped.";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"konews dedup: {file}: cannot read ({ex.Message}).";
        }
    }

    private static void WriteParagraph(TextWriter stdout, string file, int index, string duplicateOfFile, ParagraphDuplicate d)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteString("type", "paragraph");
            w.WriteString("file", file);
            w.WriteNumber("index", index);
            w.WriteString("duplicateOfFile", duplicateOfFile);
            w.WriteNumber("duplicateOfIndex", d.Index);
            w.WriteNumber("similarity", Math.Round(d.Similarity, 4));
            w.WriteBoolean("exact", d.IsExact);
            w.WriteEndObject();
        }

        stdout.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void WriteDocument(TextWriter stdout, string file, string duplicateOfFile, double similarity)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteString("type", "document");
            w.WriteString("file", file);
            w.WriteString("duplicateOfFile", duplicateOfFile);
            w.WriteNumber("similarity", Math.Round(similarity, 4));
            w.WriteEndObject();
        }

        stdout.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
