namespace KoNewsParse.Text;

/// <summary>
/// Normalizes raw article text while keeping offsets meaningful: a byte-order mark and zero-width characters are removed,
/// CRLF and CR become LF, every Unicode space becomes an ASCII space, and full-width ASCII forms (digits, Latin letters,
/// punctuation) become their ASCII equivalents. Only removals change lengths, and <see cref="NormalizedText.ToOriginalOffset"/>
/// maps any offset in the normalized text back to the input.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Normalizes <paramref name="text"/>; never throws.</summary>
    /// <param name="text">The raw text.</param>
    /// <returns>The normalized text and its offset map.</returns>
    public static NormalizedText Normalize(string? text) => Normalize((text ?? string.Empty).AsSpan());

    /// <summary>Normalizes <paramref name="text"/>; never throws.</summary>
    /// <param name="text">The raw text.</param>
    /// <returns>The normalized text and its offset map.</returns>
    public static NormalizedText Normalize(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return NormalizedText.Empty;
        }

        char[] buffer = new char[text.Length];
        List<int>? removed = null; // normalized offsets at which one original char was dropped (one entry per dropped char)
        int w = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    (removed ??= []).Add(w);
                    continue; // the LF that follows is written next
                }

                buffer[w++] = '\n';
                continue;
            }

            if (IsRemovable(c))
            {
                (removed ??= []).Add(w);
                continue;
            }

            buffer[w++] = Map(c);
        }

        string normalized = new(buffer, 0, w);
        return new NormalizedText(normalized, removed?.ToArray());
    }

    /// <summary>Maps one character the way <see cref="Normalize(ReadOnlySpan{char})"/> does (without removals).</summary>
    /// <param name="c">The character.</param>
    /// <returns>The normalized character.</returns>
    public static char Map(char c)
    {
        if (c < 0x80)
        {
            return c == '\t' ? ' ' : c;
        }

        if (c >= '\uFF01' && c <= '\uFF5E')
        {
            return (char)(c - 0xFEE0); // full-width ASCII block
        }

        return c switch
        {
            '\u00A0' or '\u1680' or '\u202F' or '\u205F' or '\u3000' => ' ',
            >= '\u2000' and <= '\u200A' => ' ',
            '\u2028' or '\u2029' or '\u0085' => '\n',
            '\uFFE6' => '₩', // full-width won sign
            '\uFFE5' => '¥',
            '\uFFE1' => '£',
            '\uFFE0' => '¢',
            _ => c,
        };
    }

    /// <summary>Whether the character is dropped by normalization (BOM, zero-width characters, soft hyphen).</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> when it is removed.</returns>
    public static bool IsRemovable(char c) =>
        c is '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\u00AD';
}

/// <summary>Normalized text plus the information needed to map its offsets back to the original input.</summary>
public sealed class NormalizedText
{
    private readonly int[]? _removedAt;

    /// <summary>The empty text.</summary>
    public static NormalizedText Empty { get; } = new(string.Empty, null);

    internal NormalizedText(string text, int[]? removedAt)
    {
        Text = text;
        _removedAt = removedAt;
    }

    /// <summary>The normalized text.</summary>
    public string Text { get; }

    /// <summary>How many characters of the input were removed.</summary>
    public int RemovedCount => _removedAt?.Length ?? 0;

    /// <summary>Maps an offset in <see cref="Text"/> to the offset of the same character in the original input.</summary>
    /// <param name="offset">An offset in the normalized text (0..Length).</param>
    /// <returns>The corresponding offset in the original input.</returns>
    public int ToOriginalOffset(int offset)
    {
        if (_removedAt is null || offset < 0)
        {
            return Math.Max(offset, 0);
        }

        // Every removal recorded at a normalized position <= offset happened before the character at offset.
        int lo = 0, hi = _removedAt.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_removedAt[mid] <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return offset + lo;
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
