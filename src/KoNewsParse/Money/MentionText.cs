namespace KoNewsParse.Money;

/// <summary>
/// The surface text of a mention, materialized lazily from a shared source string so that finding a mention costs one
/// allocation (the mention record) instead of two. Benign races on the cache are harmless: every thread computes the
/// same string.
/// </summary>
internal struct MentionText
{
    private string? _source;
    private int _start;
    private int _length;
    private string? _value;

    public static MentionText FromString(string? value) => new() { _value = value ?? string.Empty };

    public static MentionText Slice(int start, int length) => new() { _start = start, _length = length };

    /// <summary>Attaches the shared source the slice refers to.</summary>
    /// <param name="source">The source string.</param>
    public void Attach(string source) => _source = source;

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

    public readonly ReadOnlySpan<char> Span =>
        _value is not null ? _value.AsSpan() : _source is null ? default : _source.AsSpan(_start, _length);
}
