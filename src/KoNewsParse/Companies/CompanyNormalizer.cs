namespace KoNewsParse.Companies;

/// <summary>
/// Resolves one company name as written (with legal forms, particles, spacing and case variants) to its canonical entity:
/// <c>Normalize("㈜삼성전자는")</c> → 삼성전자 (005930). Thread-safe; never throws.
/// </summary>
public static class CompanyNormalizer
{
    /// <summary>Normalizes against <see cref="CompanyGazetteer.Default"/>.</summary>
    /// <param name="name">A company name such as 삼성전자(주), Samsung Electronics Co., Ltd. or 한국MS의.</param>
    /// <returns>The canonical company, or <see langword="null"/> when the name is not in the gazetteer.</returns>
    public static Company? Normalize(string? name) => Normalize((name ?? string.Empty).AsSpan(), CompanyGazetteer.Default);

    /// <summary>Normalizes against <see cref="CompanyGazetteer.Default"/>.</summary>
    /// <param name="name">A company name.</param>
    /// <returns>The canonical company, or <see langword="null"/>.</returns>
    public static Company? Normalize(ReadOnlySpan<char> name) => Normalize(name, CompanyGazetteer.Default);

    /// <summary>Normalizes against <paramref name="gazetteer"/>.</summary>
    /// <param name="name">A company name.</param>
    /// <param name="gazetteer">The gazetteer.</param>
    /// <returns>The canonical company, or <see langword="null"/>.</returns>
    /// <remarks>
    /// The whole input must be one name: surrounding spaces, quotes and brackets, a legal-form prefix or suffix and a trailing particle
    /// (or 그룹/측/社) are allowed. A legal form selects the listed company for a group name (SK㈜ → SK Inc., bare SK → the SK group).
    /// Ambiguous names are resolved too: the caller asserts the input is a company name.
    /// </remarks>
    public static Company? Normalize(ReadOnlySpan<char> name, CompanyGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ReadOnlySpan<char> s = name.Trim().Trim("\"'“”‘’「」『』[]<>《》〈〉");
        if (s.IsEmpty)
        {
            return null;
        }

        int prefix = CompanyText.LegalPrefixLength(s, 0, out _);
        if (prefix >= s.Length)
        {
            return null;
        }

        var options = new CompanyRecognizerOptions { RequireEvidenceForAmbiguousNames = false, UseCueWordsForUnknownCompanies = false };
        var scan = new CompanyRecognizer.Scan(gazetteer, options, hasLegal: true, unknownStarts: null);
        if (scan.TryMatch(s, 0, out CompanyRecognizer.Candidate c) && c.Company >= 0 && IsOnlyParticleOrPunctuation(s, c.End))
        {
            return gazetteer.CompanyAt(c.Company);
        }

        // Spacing the recognizer does not accept in running text (삼성 전자): look the whole name up with spaces ignored.
        ReadOnlySpan<char> bare = s[prefix..];
        int alias = gazetteer.Trie.Lookup(bare);
        if (alias < 0 && CompanyText.TrailingParticleLength(bare) is var p && p > 0)
        {
            alias = gazetteer.Trie.Lookup(bare[..^p]);
        }

        return alias < 0 ? null : gazetteer.CompanyAt(prefix > 0 ? gazetteer.LegalOf(gazetteer.AliasCompany(alias)) : gazetteer.AliasCompany(alias));
    }

    /// <summary>Whether the rest after a matched name is empty, one particle run (는, 측은, 그룹의) or punctuation only.</summary>
    private static bool IsOnlyParticleOrPunctuation(ReadOnlySpan<char> s, int end)
    {
        ReadOnlySpan<char> rest = s[end..];
        if (rest.IsEmpty)
        {
            return true;
        }

        if (CompanyText.IsWordChar(rest[0]))
        {
            // IsNameEnd accepted a particle run; nothing may follow it except punctuation.
            int k = 0;
            while (k < rest.Length && CompanyText.IsWordChar(rest[k]))
            {
                k++;
            }

            return CompanyText.IsNameEnd(s, end, out _) && !HasWord(rest[k..]);
        }

        return !HasWord(rest);
    }

    private static bool HasWord(ReadOnlySpan<char> rest)
    {
        foreach (char c in rest)
        {
            if (CompanyText.IsWordChar(c))
            {
                return true;
            }
        }

        return false;
    }
}
