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
        var scan = new CompanyRecognizer.Scan(gazetteer, options, hasLegal: true, hasCue: false);
        if (!scan.TryMatch(s, 0, out CompanyRecognizer.Candidate c) || c.Company < 0)
        {
            return null;
        }

        // The rest may only be particles / a cue suffix (IsNameEnd accepted it) — never another word.
        ReadOnlySpan<char> rest = s[c.End..].Trim();
        return rest.IsEmpty || CompanyText.IsNameEnd(s, c.End, out _) && !HasSecondWord(rest) ? gazetteer.CompanyAt(c.Company) : null;
    }

    private static bool HasSecondWord(ReadOnlySpan<char> rest)
    {
        foreach (char c in rest)
        {
            if (!CompanyText.IsWordChar(c))
            {
                return true;
            }
        }

        return false;
    }
}
