using System.IO.Hashing;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace KoNewsParse.Duplicates;

/// <summary>
/// The fingerprint of one paragraph: its canonical text (what does not change meaning removed), an exact 64-bit hash of that
/// text (XxHash3), and helpers for its character 5-gram shingle set and MinHash sketch. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Canonicalization applies NFKC, drops bracketed photo/agency credits such as <c>(사진=연합뉴스)</c> or
/// <c>[그래픽=홍길동 기자]</c>, a trailing <c>/사진제공=…</c> credit, a leading <c>홍길동 기자 =</c> and a trailing
/// <c>홍길동 기자</c> signature (with or without e-mail), then keeps only letters (lower-cased), digits, <c>%</c>, currency signs
/// and a decimal point between digits. Whitespace, quotes and other punctuation variants therefore never make two paragraphs
/// differ.
/// </remarks>
public sealed class ParagraphFingerprint
{
    /// <summary>The shingle length in characters (character 5-grams of the canonical text).</summary>
    public const int ShingleLength = 5;

    private ParagraphFingerprint(string text, ulong hash)
    {
        Text = text;
        Hash = hash;
    }

    /// <summary>The canonical text.</summary>
    public string Text { get; }

    /// <summary>The exact 64-bit hash of <see cref="Text"/> (0 only for an empty canonical text).</summary>
    public ulong Hash { get; }

    /// <summary>Whether the canonical text is empty (such paragraphs never duplicate anything).</summary>
    public bool IsEmpty => Text.Length == 0;

    /// <summary>The number of shingles (possibly repeated) in the canonical text.</summary>
    public int ShingleCount => Math.Max(0, Text.Length - ShingleLength + 1);

    /// <summary>Creates the fingerprint of <paramref name="paragraph"/>; never throws.</summary>
    /// <param name="paragraph">The paragraph text.</param>
    /// <returns>The fingerprint.</returns>
    public static ParagraphFingerprint Create(ReadOnlySpan<char> paragraph)
    {
        string text = Canonicalize(paragraph);
        return new ParagraphFingerprint(text, HashCanonical(text));
    }

    /// <summary>Creates the fingerprint of <paramref name="paragraph"/>; never throws.</summary>
    /// <param name="paragraph">The paragraph text (<see langword="null"/> is treated as empty).</param>
    /// <returns>The fingerprint.</returns>
    public static ParagraphFingerprint Create(string? paragraph) => Create((paragraph ?? string.Empty).AsSpan());

    /// <summary>Creates a fingerprint from text that is already canonical (as produced by <see cref="Canonicalize"/>).</summary>
    internal static ParagraphFingerprint FromCanonical(string canonical) => new(canonical, HashCanonical(canonical));

    /// <summary>The exact 64-bit hash of a paragraph (the hash of its canonical text; 0 when that is empty).</summary>
    /// <param name="paragraph">The paragraph text.</param>
    /// <returns>The hash.</returns>
    public static ulong ComputeHash(ReadOnlySpan<char> paragraph) => HashCanonical(Canonicalize(paragraph));

    internal static ulong HashCanonical(ReadOnlySpan<char> canonical)
    {
        if (canonical.IsEmpty)
        {
            return 0;
        }

        ulong h = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(canonical));
        return h == 0 ? 1 : h;
    }

    /// <summary>The canonical text of <paramref name="paragraph"/> (see the remarks on <see cref="ParagraphFingerprint"/>).</summary>
    /// <param name="paragraph">The paragraph text.</param>
    /// <returns>The canonical text (may be empty).</returns>
    public static string Canonicalize(ReadOnlySpan<char> paragraph)
    {
        if (paragraph.IsEmpty)
        {
            return string.Empty;
        }

        ReadOnlySpan<char> s = NeedsNfkc(paragraph) ? NormalizeNfkc(paragraph).AsSpan() : paragraph;
        int start = 0, end = s.Length;
        TrimSignatures(s, ref start, ref end);

        int length = end - start;
        char[]? rented = length > 512 ? System.Buffers.ArrayPool<char>.Shared.Rent(length) : null;
        Span<char> buffer = rented is not null ? rented : stackalloc char[512];
        int w = 0;
        for (int i = start; i < end; i++)
        {
            char c = s[i];
            if (c >= 0xAC00 && c <= 0xD7A3)
            {
                buffer[w++] = c; // Hangul syllable: the common case
                continue;
            }

            if (c < 0x80)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    buffer[w++] = (char)(c | (char.IsAsciiLetterUpper(c) ? 0x20 : 0));
                    continue;
                }

                if (c is '%' or '$')
                {
                    buffer[w++] = c;
                    continue;
                }

                if (c == '.' && w > 0 && char.IsAsciiDigit(buffer[w - 1]) && i + 1 < end && char.IsAsciiDigit(s[i + 1]))
                {
                    buffer[w++] = '.';
                    continue;
                }

                if (c is '(' or '[' or '<' or '{')
                {
                    int close = FindCredit(s, i, end);
                    if (close > i)
                    {
                        i = close;
                    }
                }

                continue;
            }

            if (IsOpenBracket(c))
            {
                int close = FindCredit(s, i, end);
                if (close > i)
                {
                    i = close;
                }

                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                buffer[w++] = char.ToLowerInvariant(c);
            }
            else if (c is '€' or '¥' or '£' or '₩')
            {
                buffer[w++] = c;
            }
        }

        string result = new(buffer[..w]);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    private static bool NeedsNfkc(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (c < 0x80 || (c >= 0xAC00 && c <= 0xD7A3))
            {
                continue;
            }

            // Common punctuation that NFKC leaves alone and that the canonical form drops anyway.
            if (c is '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00B7' or '\u2026' or '\u25B2' or '\u25B3' or '\u25B6'
                or '\u300C' or '\u300D' or '\u300E' or '\u300F' or '\u3010' or '\u3011' or '\u2013' or '\u2014' or '\u00A0')
            {
                continue;
            }

            return true;
        }

        return false;
    }

    private static string NormalizeNfkc(ReadOnlySpan<char> s)
    {
        string str = s.ToString();
        try
        {
            return str.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Lone surrogates: normalize what can be normalized, keep the rest.
            var sb = new StringBuilder(str.Length);
            foreach (char c in str)
            {
                sb.Append(char.IsSurrogate(c) ? ' ' : c);
            }

            return sb.ToString().Normalize(NormalizationForm.FormKC);
        }
    }

    private static bool IsOpenBracket(char c) => c is '(' or '[' or '<' or '{' or '【' or '〈' or '《' or '「' or '『' or '〔';

    private static bool IsCloseBracket(char c) => c is ')' or ']' or '>' or '}' or '】' or '〉' or '》' or '」' or '』' or '〕';

    /// <summary>When the bracket at <paramref name="open"/> holds a credit, the index of its closing bracket; else -1.</summary>
    private static int FindCredit(ReadOnlySpan<char> s, int open, int end)
    {
        int limit = Math.Min(end, open + 48);
        int close = -1;
        for (int j = open + 1; j < limit; j++)
        {
            if (IsCloseBracket(s[j]))
            {
                close = j;
                break;
            }

            if (IsOpenBracket(s[j]))
            {
                return -1;
            }
        }

        if (close < 0)
        {
            return -1;
        }

        ReadOnlySpan<char> content = s[(open + 1)..close].Trim();
        return IsCredit(content) ? close : -1;
    }

    private static readonly string[] CreditPrefixes =
    [
        "사진", "그래픽", "자료", "출처", "제공", "영상", "이미지", "일러스트", "캡처", "photo", "Photo", "PHOTO", "Getty", "AP", "AFP",
        "EPA", "로이터",
    ];

    private static bool IsCredit(ReadOnlySpan<char> content)
    {
        if (content.IsEmpty)
        {
            return false;
        }

        if (content.Contains('@'))
        {
            return true; // an e-mail address
        }

        foreach (string prefix in CreditPrefixes)
        {
            if (content.StartsWith(prefix, StringComparison.Ordinal)
                && (content.Length == prefix.Length || !IsHangul(content[prefix.Length]) || prefix.Length > 2))
            {
                return true;
            }
        }

        // "(서울=연합뉴스)", "(세종=뉴스1)": a short Hangul place or role, '=', then an agency that does not start with a digit.
        int eq = content.IndexOf('=');
        if (eq is > 0 and <= 8 && eq + 1 < content.Length && !char.IsAsciiDigit(content[eq + 1]))
        {
            foreach (char c in content[..eq].Trim())
            {
                if (!IsHangul(c) && c != ' ')
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    private static bool IsHangul(char c) => c >= 0xAC00 && c <= 0xD7A3;

    private static readonly string[] Titles = ["기자", "특파원", "인턴기자", "선임기자", "객원기자", "논설위원", "통신원"];

    /// <summary>Moves <paramref name="start"/>/<paramref name="end"/> past a leading "이름 기자 =" and trailing signatures/credits.</summary>
    private static void TrimSignatures(ReadOnlySpan<char> s, ref int start, ref int end)
    {
        // Leading "(서울=연합뉴스) 홍길동 기자 =": skip credits in brackets, then "name title =".
        int p = start;
        while (p < end && (s[p] == ' ' || s[p] == '\t'))
        {
            p++;
        }

        while (p < end && IsOpenBracket(s[p]))
        {
            int close = FindCredit(s, p, end);
            if (close < 0)
            {
                break;
            }

            p = close + 1;
            while (p < end && s[p] == ' ')
            {
                p++;
            }
        }

        int afterSignature = MatchNameTitle(s, p, end);
        if (afterSignature > 0)
        {
            int q = afterSignature;
            while (q < end && s[q] == ' ')
            {
                q++;
            }

            if (q < end && s[q] == '=')
            {
                start = q + 1;
            }
        }

        // Trailing credits and signatures, repeatedly: "… /사진제공=삼성전자", "… 홍길동 기자 gildong@example.com".
        for (int guard = 0; guard < 4; guard++)
        {
            int e = end;
            while (e > start && (char.IsWhiteSpace(s[e - 1]) || s[e - 1] is '/' or '|' or '=' or '-'))
            {
                e--;
            }

            int before = e;
            e = TrimTrailingEmail(s, start, e);
            e = TrimTrailingSlashCredit(s, start, e);
            e = TrimTrailingNameTitle(s, start, e);
            end = e;
            if (e == before)
            {
                break;
            }
        }
    }

    private static int TrimTrailingEmail(ReadOnlySpan<char> s, int start, int end)
    {
        int tokenStart = end;
        while (tokenStart > start && !char.IsWhiteSpace(s[tokenStart - 1]) && s[tokenStart - 1] is not '(' and not '[' and not '<')
        {
            tokenStart--;
        }

        ReadOnlySpan<char> token = s[tokenStart..end];
        int at = token.IndexOf('@');
        if (at > 0 && token[(at + 1)..].Contains('.'))
        {
            int e = tokenStart;
            while (e > start && (char.IsWhiteSpace(s[e - 1]) || s[e - 1] is '(' or '[' or '<'))
            {
                e--;
            }

            return e;
        }

        return end;
    }

    private static int TrimTrailingSlashCredit(ReadOnlySpan<char> s, int start, int end)
    {
        int from = Math.Max(start, end - 40);
        int slash = s[from..end].LastIndexOf('/');
        if (slash < 0)
        {
            return end;
        }

        slash += from;
        ReadOnlySpan<char> rest = s[(slash + 1)..end].Trim();
        if (rest.StartsWith("사진", StringComparison.Ordinal) || rest.StartsWith("그래픽", StringComparison.Ordinal)
            || rest.StartsWith("자료", StringComparison.Ordinal) || rest.StartsWith("제공", StringComparison.Ordinal))
        {
            return slash;
        }

        return end;
    }

    private static int TrimTrailingNameTitle(ReadOnlySpan<char> s, int start, int end)
    {
        foreach (string title in Titles)
        {
            if (end - start < title.Length || !s[(end - title.Length)..end].SequenceEqual(title))
            {
                continue;
            }

            int t = end - title.Length;
            int n = t;
            while (n > start && s[n - 1] == ' ')
            {
                n--;
            }

            int nameEnd = n;
            while (n > start && IsHangul(s[n - 1]) && nameEnd - n < 5)
            {
                n--;
            }

            int nameLength = nameEnd - n;
            bool boundary = n == start || !IsHangul(s[n - 1]);
            if (nameLength is >= 2 and <= 4 && boundary)
            {
                return n;
            }
        }

        return end;
    }

    /// <summary>When "name title" starts at <paramref name="p"/>, the index after it; else -1.</summary>
    private static int MatchNameTitle(ReadOnlySpan<char> s, int p, int end)
    {
        int n = p;
        while (n < end && IsHangul(s[n]) && n - p <= 4)
        {
            n++;
        }

        int nameLength = n - p;
        int q = n;
        while (q < end && s[q] == ' ')
        {
            q++;
        }

        foreach (string title in Titles)
        {
            // "홍길동 기자" (space) or "홍길동기자" (no space; then the Hangul run swallowed the title).
            if (nameLength is >= 2 and <= 4 && s[q..end].StartsWith(title, StringComparison.Ordinal))
            {
                return q + title.Length;
            }
        }

        return -1;
    }

    /// <summary>The distinct shingles of a canonical text, sorted (each shingle packs its 5 UTF-16 units exactly).</summary>
    internal static UInt128[] Shingles(string canonical)
    {
        int n = canonical.Length - ShingleLength + 1;
        if (n <= 0)
        {
            return [];
        }

        var result = new UInt128[n];
        for (int i = 0; i < n; i++)
        {
            result[i] = PackShingle(canonical.AsSpan(i, ShingleLength));
        }

        Array.Sort(result);
        int w = 1;
        for (int i = 1; i < n; i++)
        {
            if (result[i] != result[w - 1])
            {
                result[w++] = result[i];
            }
        }

        return w == n ? result : result[..w];
    }

    internal static UInt128 PackShingle(ReadOnlySpan<char> g) =>
        new(g[0], ((ulong)g[1] << 48) | ((ulong)g[2] << 32) | ((ulong)g[3] << 16) | g[4]);

    /// <summary>The fraction of <paramref name="part"/>'s shingles found in <paramref name="whole"/> (exact; 0 when empty).</summary>
    internal static double Containment(UInt128[] part, UInt128[] whole) =>
        part.Length == 0 ? 0 : (double)IntersectionCount(part, whole, 0) / part.Length;

    /// <summary>Counts common elements of two sorted distinct arrays; stops early (returning a smaller count) when it cannot reach <paramref name="needed"/>.</summary>
    internal static int IntersectionCount(UInt128[] a, UInt128[] b, int needed)
    {
        int i = 0, j = 0, count = 0;
        while (i < a.Length && j < b.Length)
        {
            int cmp = a[i].CompareTo(b[j]);
            if (cmp == 0)
            {
                count++;
                i++;
                j++;
            }
            else if (cmp < 0)
            {
                i++;
                if (count + (a.Length - i) < needed)
                {
                    return count;
                }
            }
            else
            {
                j++;
            }
        }

        return count;
    }

    /// <summary>
    /// The exact containment of <paramref name="part"/> in <paramref name="whole"/>: the fraction of the distinct character
    /// 5-gram shingles of <paramref name="part"/>'s canonical text that also occur in <paramref name="whole"/>'s (0 when
    /// <paramref name="part"/> has no shingle, i.e. fewer than 5 canonical characters).
    /// </summary>
    /// <param name="part">The paragraph whose shingles are looked up.</param>
    /// <param name="whole">The paragraph they are looked up in.</param>
    /// <returns>A value between 0 and 1.</returns>
    public static double Containment(ParagraphFingerprint part, ParagraphFingerprint whole)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(whole);
        return Containment(Shingles(part.Text), Shingles(whole.Text));
    }

    /// <summary>Computes a MinHash sketch of <paramref name="count"/> values over the shingles of the canonical text.</summary>
    /// <param name="count">The number of hash functions (1 to 1024).</param>
    /// <returns>The sketch (all <see cref="uint.MaxValue"/> when the text has no shingle).</returns>
    public uint[] ComputeMinHash(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 1024);
        var seeds = MinHashSeeds.Get(count);
        var sketch = new uint[seeds.Length];
        MinHash(Text, seeds, sketch);
        return sketch.Length == count ? sketch : sketch[..count];
    }

    /// <summary>Estimated Jaccard similarity: the fraction of equal positions in two MinHash sketches of equal length.</summary>
    /// <param name="a">One sketch.</param>
    /// <param name="b">The other sketch.</param>
    /// <returns>A value between 0 and 1.</returns>
    public static double EstimateJaccard(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length != b.Length || a.IsEmpty)
        {
            throw new ArgumentException("Sketches must be non-empty and of equal length.", nameof(b));
        }

        int equal = 0;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i] && a[i] != uint.MaxValue)
            {
                equal++;
            }
        }

        return (double)equal / a.Length;
    }

    /// <summary>
    /// A 64-bit SimHash over the shingles of the canonical text. Kept for comparison: the project measured it against MinHash
    /// with LSH banding and chose MinHash (see <c>docs/duplicates.md</c>).
    /// </summary>
    /// <returns>The SimHash (0 when the text has no shingle).</returns>
    public ulong ComputeSimHash()
    {
        int n = Text.Length - ShingleLength + 1;
        if (n <= 0)
        {
            return 0;
        }

        Span<int> weights = stackalloc int[64];
        weights.Clear();
        for (int i = 0; i < n; i++)
        {
            ulong h = ShingleHash(Text.AsSpan(i, ShingleLength));
            for (int b = 0; b < 64; b++)
            {
                weights[b] += (int)((h >> b) & 1) * 2 - 1;
            }
        }

        ulong result = 0;
        for (int b = 0; b < 64; b++)
        {
            if (weights[b] > 0)
            {
                result |= 1UL << b;
            }
        }

        return result;
    }

    internal static ulong ShingleHash(ReadOnlySpan<char> g)
    {
        ulong lo = ((ulong)g[1] << 48) | ((ulong)g[2] << 32) | ((ulong)g[3] << 16) | g[4];
        return Mix64(lo ^ Mix64(g[0] + 0x9E3779B97F4A7C15UL));
    }

    internal static ulong Mix64(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Fills <paramref name="sketch"/> (length = <paramref name="seeds"/> length, a multiple of the vector width) with MinHash values.</summary>
    internal static void MinHash(string canonical, uint[] seeds, Span<uint> sketch)
    {
        sketch.Fill(uint.MaxValue);
        int n = canonical.Length - ShingleLength + 1;
        if (n <= 0)
        {
            return;
        }

        int width = Vector<uint>.Count;
        int blocks = seeds.Length / width;
        Span<Vector<uint>> mins = MemoryMarshal.Cast<uint, Vector<uint>>(sketch);
        ReadOnlySpan<Vector<uint>> seedVectors = MemoryMarshal.Cast<uint, Vector<uint>>(seeds.AsSpan());
        var c1 = new Vector<uint>(0x85EBCA6Bu);
        var c2 = new Vector<uint>(0xC2B2AE35u);
        ReadOnlySpan<char> text = canonical.AsSpan();
        for (int i = 0; i < n; i++)
        {
            // A cheap 32-bit universal hash of the exact 80-bit shingle; the per-function fmix32 below does the mixing.
            ReadOnlySpan<char> g = text.Slice(i, ShingleLength);
            ulong lo = ((ulong)g[1] << 48) | ((ulong)g[2] << 32) | ((ulong)g[3] << 16) | g[4];
            var x = new Vector<uint>((uint)(((lo * 0x9E3779B97F4A7C15UL) + (g[0] * 0xC2B2AE3D27D4EB4FUL)) >> 32));
            for (int b = 0; b < blocks; b++)
            {
                Vector<uint> h = x ^ seedVectors[b];
                h ^= Vector.ShiftRightLogical(h, 16);
                h *= c1;
                h ^= Vector.ShiftRightLogical(h, 13);
                h *= c2;
                h ^= Vector.ShiftRightLogical(h, 16);
                mins[b] = Vector.Min(mins[b], h);
            }
        }
    }
}

/// <summary>Deterministic MinHash seeds, rounded up to a multiple of the vector width.</summary>
internal static class MinHashSeeds
{
    private static readonly uint[] All = Create(1024 + 64);

    public static uint[] Get(int count)
    {
        int width = Vector<uint>.Count;
        int rounded = (count + width - 1) / width * width;
        return All[..rounded];
    }

    private static uint[] Create(int count)
    {
        var result = new uint[count];
        ulong state = 0x4B6F4E6577735061UL; // fixed: sketches must be identical on every machine and run
        for (int i = 0; i < count; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            result[i] = (uint)ParagraphFingerprint.Mix64(state);
        }

        return result;
    }
}
