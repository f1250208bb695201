using System.Buffers;
using System.Collections.Frozen;

namespace KoNewsParse.Duplicates;

/// <summary>
/// An immutable set of phrases that a line is tested against: whether the line starts with one (indexed by first character,
/// so a test reads only the phrases that could match) or contains one (one pass over the line's character pairs against a
/// bitmap of the phrases' first two characters, verifying only where a pair matches: Korean phrases defeat vectorized
/// first-character searches, whose candidate syllables are everywhere). Thread-safe.
/// </summary>
internal sealed class PhraseSet
{
    private readonly string[] _phrases;
    private readonly FrozenDictionary<char, string[]> _byFirst;
    private readonly ulong[] _pairs = new ulong[PairBits / 64];
    private readonly SearchValues<char> _singles;
    private const int PairBits = 1 << 16;

    public PhraseSet(IEnumerable<string> phrases)
    {
        _phrases = [.. phrases.Where(p => p.Length > 0).Distinct(StringComparer.Ordinal)];
        _byFirst = _phrases.GroupBy(p => p[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        foreach (string phrase in _phrases.Where(p => p.Length >= 2))
        {
            int pair = Pair(phrase[0], phrase[1]);
            _pairs[pair >> 6] |= 1UL << (pair & 63);
        }

        _singles = SearchValues.Create([.. _phrases.Where(p => p.Length == 1).Select(p => p[0])]);
    }

    private static int Pair(char a, char b) => (int)((((uint)a * 0x9E3779B1u) ^ b) * 0x85EBCA6Bu >> 16);

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
        if (s.ContainsAny(_singles))
        {
            return true;
        }

        for (int i = 0; i + 1 < s.Length; i++)
        {
            int pair = Pair(s[i], s[i + 1]);
            if ((_pairs[pair >> 6] & (1UL << (pair & 63))) != 0 && StartsAt(s[i..]))
            {
                return true;
            }
        }

        return false;
    }

    private bool StartsAt(ReadOnlySpan<char> s)
    {
        if (!_byFirst.TryGetValue(s[0], out string[]? candidates))
        {
            return false; // a pair that only shares the bitmap's bit
        }

        foreach (string phrase in candidates)
        {
            if (phrase.Length >= 2 && s.StartsWith(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
