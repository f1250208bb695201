using System.Buffers;

namespace KoNewsParse.Text;

/// <summary>
/// The surface text of a mention (money, quantity, date): either a ready string (a pre-built text, or one set through the
/// mention's <c>Text</c> <c>init</c>) or a slice of a shared source string (the scanned input, or one string per call holding
/// every matched text for the span overloads), materialized on first read, so that finding a mention costs one allocation
/// (the mention record) instead of two. Only the cached value changes after construction, with one reference write, so
/// concurrent readers at worst build equal strings.
/// </summary>
internal struct MentionText
{
    private string? _source;
    private int _start;
    private int _length;
    private string? _value;

    /// <summary>A text that is already a string.</summary>
    public static MentionText FromString(string? value) => new() { _value = value ?? string.Empty };

    /// <summary>A slice of a source that is attached later with <see cref="Attach"/>.</summary>
    public static MentionText Slice(int start, int length) => Slice(null, start, length);

    /// <summary>A slice of <paramref name="source"/>; a <see langword="null"/> source may be attached later with <see cref="Attach"/>.</summary>
    public static MentionText Slice(string? source, int start, int length) =>
        new() { _source = source, _start = start, _length = length };

    /// <summary>Whether the slice still needs its source (<see cref="Attach"/>).</summary>
    public readonly bool NeedsSource => _value is null && _source is null;

    /// <summary>Attaches the shared source string the slice refers to (used once, before the mention is published).</summary>
    public void Attach(string source) => _source = source;

    /// <summary>The text, built from the source on first read and cached.</summary>
    public string Value
    {
        get
        {
            string? v = _value;
            if (v is null)
            {
                v = _source is null ? string.Empty : _source.Substring(_start, _length);
                _value = v;
            }

            return v;
        }
    }

    /// <summary>The text without materializing it.</summary>
    public readonly ReadOnlySpan<char> Span =>
        _value is not null ? _value.AsSpan() : _source is null ? default : _source.AsSpan(_start, _length);

    /// <summary>
    /// Appends a matched text to the pooled per-call buffer of the span overloads (one shared string is made from it
    /// at the end of the call), growing the buffer from <see cref="ArrayPool{T}.Shared"/>.
    /// </summary>
    public static void AppendToPool(ref char[]? pool, ref int length, ReadOnlySpan<char> chars)
    {
        if (pool is null || pool.Length - length < chars.Length)
        {
            char[] bigger = ArrayPool<char>.Shared.Rent(Math.Max(256, Math.Max((pool?.Length ?? 0) * 2, length + chars.Length)));
            if (pool is not null)
            {
                pool.AsSpan(0, length).CopyTo(bigger);
                ArrayPool<char>.Shared.Return(pool);
            }

            pool = bigger;
        }

        chars.CopyTo(pool.AsSpan(length));
        length += chars.Length;
    }
}
