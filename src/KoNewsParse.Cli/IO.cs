using System.Text;
using System.Text.Encodings.Web;

namespace KoNewsParse.Cli;

internal static class JsonOutput
{
    /// <summary>Keeps Hangul readable in the output (no \uXXXX escapes); still escapes control characters and quotes.</summary>
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
}

/// <summary>Reads one input (a file path or <c>-</c>) as strict UTF-8 text.</summary>
internal static class InputReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryRead(string input, Stream stdin, out string? text, out string? error)
    {
        text = null;
        byte[] bytes;
        try
        {
            if (input == "-")
            {
                using var ms = new MemoryStream();
                stdin.CopyTo(ms);
                bytes = ms.ToArray();
            }
            else if (Directory.Exists(input))
            {
                error = "is a directory, not a file";
                return false;
            }
            else if (!File.Exists(input))
            {
                error = "no such file";
                return false;
            }
            else
            {
                bytes = File.ReadAllBytes(input);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            error = $"cannot read: {ex.Message}";
            return false;
        }

        return TryDecode(bytes, out text, out error);
    }

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string? text, out string? error)
    {
        text = null;
        if (bytes.IndexOf((byte)0) >= 0)
        {
            error = "binary input (contains NUL bytes); expected UTF-8 text";
            return false;
        }

        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            error = "not valid UTF-8 text (re-encode it, e.g. from CP949/EUC-KR, with iconv -f CP949 -t UTF-8)";
            return false;
        }

        error = null;
        return true;
    }
}

/// <summary>Writes a file all-or-nothing: a temporary file beside it, then an atomic rename.</summary>
internal static class AtomicFile
{
    public static bool TryWrite(string path, ReadOnlySpan<byte> content, out string? error)
    {
        string? temp = null;
        try
        {
            string full = Path.GetFullPath(path);
            string dir = Path.GetDirectoryName(full) ?? ".";
            temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
            using (var fs = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                fs.Write(content);
                fs.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
            temp = null;
            error = null;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            error = ex.Message;
            return false;
        }
        finally
        {
            if (temp is not null)
            {
                try
                {
                    File.Delete(temp);
                }
                catch (IOException)
                {
                }
                catch (UnauthorizedAccessException)
                {
                }
            }
        }
    }
}
