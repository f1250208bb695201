namespace KoNewsParse.Dates;

/// <summary>
/// The surface text of a <see cref="DateMention"/>: either a ready string (a pre-built text from
/// <see cref="DateTextCache"/>, or one set through <see cref="DateMention.Text"/>'s <c>init</c>) or a slice of a shared source
/// string (the input of <see cref="KoreanDateParser.FindAll(string?, DateOnly)"/>, or one string per call holding every
/// uncached matched text for the span overload), materialized on first read. Only <see cref="_value"/> changes after
/// construction, with one reference write, so concurrent readers at worst build equal strings.
/// </summary>
internal struct DateMentionText
{
    private string? _source;
    private int _start;
    private int _length;
    private string? _value;

    /// <summary>A text that is already a string.</summary>
    public static DateMentionText FromString(string? value) => new() { _value = value ?? string.Empty };

    /// <summary>A slice of <paramref name="source"/>; <paramref name="source"/> may be attached later with <see cref="Attach"/>.</summary>
    public static DateMentionText Slice(string? source, int start, int length) =>
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
}
