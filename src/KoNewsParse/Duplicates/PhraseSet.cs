using System.Buffers;
using System.Collections.Frozen;

namespace KoNewsParse.Duplicates;

/// <summary>
/// An immutable set of phrases that a line is tested against: whether the line starts with one (indexed by first character,
/// so a test reads only the phrases that could match) or contains one (one vectorized search where the runtime has
/// <c>SearchValues&lt;string&gt;</c>). Thread-safe.
/// </summary>
internal sealed class PhraseSet
{
    private readonly string[] _phrases;
    private readonly FrozenDictionary<char, string[]> _byFirst;
#if NET9_0_OR_GREATER
    private readonly SearchValues<string> _search;
#endif

    public PhraseSet(IEnumerable<string> phrases)
    {
        _phrases = [.. phrases.Where(p => p.Length > 0).Distinct(StringComparer.Ordinal)];
        _byFirst = _phrases.GroupBy(p => p[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
#if NET9_0_OR_GREATER
        _search = SearchValues.Create(_phrases, StringComparison.Ordinal);
#endif
    }

    /// <summary>The phrases, in their first order, without duplicates.</summary>
    public ReadOnlySpan<string> Phrases => _phrases;

    /// <summary>Whether <paramref name="s"/> starts with one of the phrases.</summary>
    public bool StartsAny(ReadOnlySpan<char> s) => StartsAny(s, out _);

    /// <summary>Whether <paramref name="s"/> starts with one of the phrases; the longest such phrase.</summary>
    public bool StartsAny(ReadOnlySpan<char> s, out string match)
    {
        match = string.Empty;
        if (s.IsEmpty || !_byFirst.TryGetValue(s[0], out string[]? candidates))
        {
            return false;
        }

        foreach (string phrase in candidates)
        {
            if (phrase.Length > match.Length && s.StartsWith(phrase, StringComparison.Ordinal))
            {
                match = phrase;
            }
        }

        return match.Length > 0;
    }

    /// <summary>Whether <paramref name="word"/> is one of the phrases.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !_byFirst.TryGetValue(word[0], out string[]? candidates))
        {
            return false;
        }

        foreach (string phrase in candidates)
        {
            if (phrase.Length == word.Length && word.SequenceEqual(phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="s"/> contains one of the phrases.</summary>
    public bool ContainsAny(ReadOnlySpan<char> s)
    {
#if NET9_0_OR_GREATER
        return s.ContainsAny(_search);
#else
        foreach (string phrase in _phrases)
        {
            if (s.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
#endif
    }
}
