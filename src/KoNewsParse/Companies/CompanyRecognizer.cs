namespace KoNewsParse.Companies;

/// <summary>
/// Finds company names in Korean running text and resolves them to one canonical entity. Immutable and thread-safe.
/// Matching is the longest gazetteer alias at a word start (case-, width- and spacing-tolerant), ending at a word boundary
/// or before a particle; legal forms (㈜, (주), 주식회사, Co., Ltd., Inc. …) are part of the surface text; names that are
/// ordinary words need evidence. See docs/companies.md for the rules.
/// </summary>
public sealed class CompanyRecognizer
{
    private const int MaxCandidates = 16;

    private static readonly string[] LegalMarkers = ["㈜", "㈲", "(주)", "(株)", "(유)", "（주）", "주식회사", "유한회사"];

#if NET9_0_OR_GREATER
    private static readonly System.Buffers.SearchValues<string> LegalMarkerValues =
        System.Buffers.SearchValues.Create(LegalMarkers, StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<string> CueValues =
        System.Buffers.SearchValues.Create([.. CompanyText.PreCues, .. CompanyText.PostCues], StringComparison.Ordinal);
#endif

    private readonly CompanyGazetteer? _gazetteer; // null: CompanyGazetteer.Default, resolved on first use
    private readonly CompanyRecognizerOptions _options;

    /// <summary>Creates a recognizer over the embedded gazetteer with default options.</summary>
    public CompanyRecognizer()
        : this(null, null)
    {
    }

    /// <summary>Creates a recognizer.</summary>
    /// <param name="gazetteer">The gazetteer (<see langword="null"/> = <see cref="CompanyGazetteer.Default"/>).</param>
    /// <param name="options">The options (<see langword="null"/> = <see cref="CompanyRecognizerOptions.Default"/>).</param>
    public CompanyRecognizer(CompanyGazetteer? gazetteer, CompanyRecognizerOptions? options = null)
    {
        _gazetteer = gazetteer;
        _options = options ?? CompanyRecognizerOptions.Default;
    }

    /// <summary>A recognizer over the embedded gazetteer.</summary>
    public static CompanyRecognizer Default { get; } = new();

    /// <summary>The gazetteer this recognizer matches against.</summary>
    public CompanyGazetteer Gazetteer => _gazetteer ?? CompanyGazetteer.Default;

    /// <summary>The options.</summary>
    public CompanyRecognizerOptions Options => _options;

    /// <summary>Finds every company mention in <paramref name="text"/>.</summary>
    /// <param name="text">The text to scan.</param>
    /// <returns>The mentions in text order.</returns>
    public IReadOnlyList<CompanyMention> FindAll(string? text) => FindAll((text ?? string.Empty).AsSpan());

    /// <summary>Finds every company mention in <paramref name="text"/>; never throws.</summary>
    /// <param name="text">The text to scan.</param>
    /// <returns>The mentions in text order.</returns>
    public IReadOnlyList<CompanyMention> FindAll(ReadOnlySpan<char> text)
    {
        List<Candidate>? candidates = Collect(text);
        if (candidates is null)
        {
            return [];
        }

        Confirmed confirmed = default;
        confirmed.Add(Gazetteer, candidates);
        return Resolve(text, Gazetteer, candidates, confirmed);
    }

    /// <summary>
    /// Finds the company mentions of each paragraph of one document, with the evidence for ambiguous names taken from the
    /// whole document: <c>대상㈜</c> in one paragraph confirms a bare <c>대상은</c> in another. Each paragraph is scanned on
    /// its own (offsets are within it, no mention spans two); never throws.
    /// </summary>
    /// <param name="paragraphs">The document's paragraphs (<see langword="null"/> entries count as empty).</param>
    /// <returns>One list per paragraph, each in text order.</returns>
    public IReadOnlyList<IReadOnlyList<CompanyMention>> FindAllInDocument(IReadOnlyList<string?> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var perParagraph = new List<Candidate>?[paragraphs.Count];
        Confirmed confirmed = default;
        for (int i = 0; i < perParagraph.Length; i++)
        {
            perParagraph[i] = Collect(paragraphs[i].AsSpan());
            if (perParagraph[i] is { } found)
            {
                confirmed.Add(Gazetteer, found);
            }
        }

        var result = new IReadOnlyList<CompanyMention>[perParagraph.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = perParagraph[i] is { } found ? Resolve(paragraphs[i].AsSpan(), Gazetteer, found, confirmed) : [];
        }

        return result;
    }

    private List<Candidate>? Collect(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        CompanyGazetteer gazetteer = Gazetteer;
#if NET9_0_OR_GREATER
        bool hasLegal = text.IndexOfAny(LegalMarkerValues) >= 0;
        bool hasCue = _options.UseCueWordsForUnknownCompanies && text.IndexOfAny(CueValues) >= 0;
#else
        bool hasLegal = HasAny(text, LegalMarkers);
        bool hasCue = _options.UseCueWordsForUnknownCompanies && HasCue(text);
#endif
        HashSet<int>? unknownStarts = _options.RecognizeUnknownCompanies && (hasLegal || hasCue) ? CollectUnknownStarts(text, hasLegal, hasCue) : null;
        var scan = new Scan(gazetteer, _options, hasLegal, unknownStarts);
        List<Candidate>? candidates = null;
        int n = text.Length;
        int i = 0;
        while (i < n)
        {
            char c = text[i];
            if (!CompanyText.IsWordChar(c))
            {
                if (scan.HasLegal && c is '(' or '㈜' or '㈲' or '（' && (i == 0 || !CompanyText.IsWordChar(text[i - 1])) &&
                    scan.TryMatch(text, i, out Candidate legal))
                {
                    (candidates ??= []).Add(legal);
                    i = SkipWord(text, legal.End);
                    continue;
                }

                i++;
                continue;
            }

            // i is a word start here: words are consumed whole below.
            if (scan.TryMatch(text, i, out Candidate cand) ||
                (IsCountryPrefix(c) && i + 1 < n && scan.TryMatch(text, i + 1, out cand)))
            {
                (candidates ??= []).Add(cand);
                i = SkipWord(text, cand.End);
                continue;
            }

            i = SkipWord(text, i + 1);
        }

        return candidates;
    }

    private static bool IsCountryPrefix(char c) => c is '美' or '中' or '日' or '英' or '獨' or '佛' or '韓' or '印' or '臺' or '台';

    private static int SkipWord(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && CompanyText.IsWordChar(text[i]))
        {
            i++;
        }

        return i;
    }

#if !NET9_0_OR_GREATER
    private static bool HasAny(ReadOnlySpan<char> text, string[] values)
    {
        foreach (string v in values)
        {
            if (text.IndexOf(v, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCue(ReadOnlySpan<char> text) => HasAny(text, CompanyText.PreCues) || HasAny(text, CompanyText.PostCues);
#endif

    /// <summary>
    /// Positions where an unknown company may start: right before a legal-form suffix (새로운회사(주)) or next to a cue word
    /// (스타트업 새로운랩스, 새로운테크 대표). Collected once per call so that ordinary words pay nothing for unknown-company rules.
    /// </summary>
    private static HashSet<int>? CollectUnknownStarts(ReadOnlySpan<char> text, bool hasLegal, bool hasCue)
    {
        HashSet<int>? starts = null;
        if (hasLegal)
        {
            foreach (string marker in LegalMarkers)
            {
                for (int from = 0, m; (m = text[from..].IndexOf(marker, StringComparison.Ordinal)) >= 0; from += m + marker.Length)
                {
                    int end = from + m;
                    if (end > 0 && CompanyText.Fold(text[end - 1]) == ' ')
                    {
                        end--;
                    }

                    AddTokenStartBefore(text, end, ref starts);
                }
            }
        }

        if (hasCue)
        {
            foreach (string cue in CompanyText.PreCues)
            {
                for (int from = 0, m; (m = text[from..].IndexOf(cue, StringComparison.Ordinal)) >= 0; from += m + cue.Length)
                {
                    int after = from + m + cue.Length;
                    if (after + 1 < text.Length && CompanyText.Fold(text[after]) == ' ')
                    {
                        (starts ??= []).Add(after + 1);
                    }
                }
            }

            foreach (string cue in CompanyText.PostCues)
            {
                for (int from = 0, m; (m = text[from..].IndexOf(cue, StringComparison.Ordinal)) >= 0; from += m + cue.Length)
                {
                    int at = from + m;
                    if (at > 1 && CompanyText.Fold(text[at - 1]) == ' ')
                    {
                        AddTokenStartBefore(text, at - 1, ref starts);
                    }
                }
            }
        }

        return starts;
    }

    private static void AddTokenStartBefore(ReadOnlySpan<char> text, int end, ref HashSet<int>? starts)
    {
        int start = end;
        while (start > 0 && CompanyText.IsNameChar(text[start - 1]))
        {
            start--;
        }

        if (start < end)
        {
            (starts ??= []).Add(start);
        }
    }

    /// <summary>The companies and groups named unambiguously (or with evidence) in a text or document.</summary>
    private struct Confirmed
    {
        public HashSet<int>? Companies;
        public HashSet<string>? Groups;

        public void Add(CompanyGazetteer gazetteer, List<Candidate> candidates)
        {
            foreach (Candidate c in candidates)
            {
                if (c.Company >= 0 && (!c.NeedsEvidence || c.HasEvidence))
                {
                    (Companies ??= []).Add(c.Company);
                    Companies.Add(gazetteer.LegalOf(c.Company));
                    if (gazetteer.CompanyAt(c.Company).Group is { } g)
                    {
                        (Groups ??= new HashSet<string>(StringComparer.Ordinal)).Add(g);
                    }
                }
            }
        }
    }

    private static IReadOnlyList<CompanyMention> Resolve(ReadOnlySpan<char> text, CompanyGazetteer gazetteer, List<Candidate> candidates, Confirmed evidence)
    {
        // Evidence by co-mention: an ambiguous name is accepted when the same company (or its group) is named unambiguously
        // or with evidence elsewhere in the same text (or document).
        HashSet<int>? confirmed = evidence.Companies;
        HashSet<string>? groups = evidence.Groups;
        var mentions = new List<CompanyMention>(candidates.Count);
        foreach (Candidate c in candidates)
        {
            if (c.Company < 0)
            {
                mentions.Add(new CompanyMention
                {
                    Offset = c.Start,
                    Length = c.End - c.Start,
                    Text = text[c.Start..c.End].ToString(),
                    Name = c.UnknownName!,
                    Kind = CompanyKind.Unknown,
                });
                continue;
            }

            Company company = gazetteer.CompanyAt(c.Company);
            if (c.NeedsEvidence && !c.HasEvidence)
            {
                bool coMentioned = confirmed is not null &&
                                   (confirmed.Contains(c.Company) || confirmed.Contains(gazetteer.LegalOf(c.Company)) ||
                                    (company.Group is { } g && groups is not null && groups.Contains(g)));
                if (!coMentioned)
                {
                    continue;
                }
            }

            mentions.Add(new CompanyMention
            {
                Offset = c.Start,
                Length = c.End - c.Start,
                Text = text[c.Start..c.End].ToString(),
                Name = company.Name,
                EnglishName = company.EnglishName,
                Code = company.Code,
                Market = company.Market,
                Group = company.Group,
                IsListed = company.IsListed,
                Kind = company.Kind,
            });
        }

        return mentions;
    }

    /// <summary>A match before the evidence check: <see cref="Company"/> is -1 for an unknown company.</summary>
    internal readonly record struct Candidate(int Start, int End, int Company, string? UnknownName, bool NeedsEvidence, bool HasEvidence);

    /// <summary>Per-call matching state (the gazetteer, options and what the text contains).</summary>
    internal readonly ref struct Scan
    {
        private readonly CompanyGazetteer _gazetteer;
        private readonly CompanyRecognizerOptions _options;
        private readonly HashSet<int>? _unknownStarts;

        public Scan(CompanyGazetteer gazetteer, CompanyRecognizerOptions options, bool hasLegal, HashSet<int>? unknownStarts)
        {
            _gazetteer = gazetteer;
            _options = options;
            HasLegal = hasLegal;
            _unknownStarts = unknownStarts;
        }

        public bool HasLegal { get; }

        /// <summary>Tries to match a company (known or unknown) starting exactly at <paramref name="i"/>.</summary>
        public bool TryMatch(ReadOnlySpan<char> text, int i, out Candidate candidate)
        {
            candidate = default;
            int n = text.Length;
            bool spelledOut = false;
            int prefix = HasLegal ? CompanyText.LegalPrefixLength(text, i, out spelledOut) : 0;
            int s = i + prefix;
            if (s >= n || !CompanyText.IsWordChar(text[s]))
            {
                return false;
            }

            if (TryKnown(text, i, s, prefix > 0, out candidate))
            {
                return true;
            }

            if (!_options.RecognizeUnknownCompanies)
            {
                return false;
            }

            if (prefix > 0)
            {
                return TryUnknownAfterPrefix(text, i, s, spelledOut, out candidate);
            }

            if (_unknownStarts is null || !_unknownStarts.Contains(i))
            {
                return false;
            }

            return (HasLegal && TryUnknownBeforeSuffix(text, i, out candidate)) || TryUnknownWithCue(text, i, out candidate);
        }

        private bool TryKnown(ReadOnlySpan<char> text, int start, int s, bool legalPrefix, out Candidate candidate)
        {
            candidate = default;
            CompanyTrie trie = _gazetteer.Trie;
            Span<int> ends = stackalloc int[MaxCandidates];
            Span<int> values = stackalloc int[MaxCandidates];
            int count = 0;
            int node = 0;
            int n = text.Length;
            for (int j = s; j < n;)
            {
                char f = CompanyText.Fold(text[j]);
                int child = f == ' ' ? -1 : trie.Child(node, f);
                if (child < 0 && f == ' ' && j > s && j + 1 < n)
                {
                    // One space inside an alias: where the alias was written with one, or between Latin and Hangul (LG 화학).
                    int next = trie.Child(node, CompanyText.Fold(text[j + 1]));
                    if (next >= 0 && (trie.SpaceBefore(next) || CompanyText.IsLatinOrDigit(text[j - 1]) != CompanyText.IsLatinOrDigit(text[j + 1])))
                    {
                        child = next;
                        j++;
                    }
                }

                if (child < 0)
                {
                    break;
                }

                node = child;
                j++;
                int value = trie.Value(node);
                if (value >= 0)
                {
                    if (count == MaxCandidates)
                    {
                        ends[1..].CopyTo(ends);
                        values[1..].CopyTo(values);
                        count--;
                    }

                    ends[count] = j;
                    values[count] = value;
                    count++;
                }
            }

            for (int k = count - 1; k >= 0; k--)
            {
                int end = ends[k];
                bool latin = CompanyText.IsLatinOrDigit(text[end - 1]);
                int suffix = HasLegal || latin ? CompanyText.LegalSuffixLength(text, end, latin) : 0;
                int surfaceEnd = end + suffix;
                if (!CompanyText.IsNameEnd(text, surfaceEnd, out CompanyText.TailCue cue))
                {
                    if (suffix == 0 || !CompanyText.IsNameEnd(text, end, out cue))
                    {
                        continue;
                    }

                    surfaceEnd = end; // the "suffix" was the start of another word
                    suffix = 0;
                }

                if (!legalPrefix && suffix == 0 && CompanyText.IsCurrencyUse(text, s, end))
                {
                    return false; // 한화 약 1190억원: the currency, not the group
                }

                int company = _gazetteer.AliasCompany(values[k]);
                bool needsEvidence = _gazetteer.AliasNeedsEvidence(values[k]);
                int legalCompany = _gazetteer.LegalOf(company);
                bool codeFollows = surfaceEnd < text.Length && CompanyText.Fold(text[surfaceEnd]) == '(' &&
                                   CodeFollows(text, surfaceEnd, _gazetteer.CompanyAt(legalCompany).Code);
                bool legalForm = legalPrefix || suffix > 0;
                if (legalForm || codeFollows || cue == CompanyText.TailCue.Stock)
                {
                    company = legalCompany;
                }

                bool evidence = legalForm || codeFollows || cue != CompanyText.TailCue.None;
                candidate = new Candidate(start, surfaceEnd, company, null, needsEvidence && _options.RequireEvidenceForAmbiguousNames, evidence);
                return true;
            }

            return false;
        }

        private bool TryUnknownAfterPrefix(ReadOnlySpan<char> text, int start, int s, bool spelledOut, out Candidate candidate)
        {
            candidate = default;
            int tokenEnd = NameTokenEnd(text, s);
            ReadOnlySpan<char> token = text[s..tokenEnd];
            if (CompanyText.IsParticle(token))
            {
                return false; // "(주)라는": a legal form followed by a particle, no name
            }

            int nameLength = token.Length - CompanyText.TrailingParticleLength(token);
            ReadOnlySpan<char> name = token[..nameLength];
            bool detached = CompanyText.Fold(text[s - 1]) == ' ';
            if (!IsPlausibleName(name) || ((spelledOut || detached) && !CompanyText.IsCompanyLike(name)))
            {
                return false;
            }

            if (nameLength == token.Length && !CompanyText.IsNameEnd(text, tokenEnd, out _))
            {
                return false;
            }

            candidate = Make(start, s + nameLength, name, true);
            return true;
        }

        private bool TryUnknownBeforeSuffix(ReadOnlySpan<char> text, int start, out Candidate candidate)
        {
            candidate = default;
            int tokenEnd = NameTokenEnd(text, start);
            if (tokenEnd >= text.Length)
            {
                return false;
            }

            int suffix = CompanyText.LegalSuffixLength(text, tokenEnd, false);
            if (suffix == 0)
            {
                return false;
            }

            ReadOnlySpan<char> name = text[start..tokenEnd];
            bool spelledOut = text[tokenEnd + suffix - 1] == '사';
            if (!IsPlausibleName(name) || (spelledOut && !CompanyText.IsCompanyLike(name)) || !CompanyText.IsNameEnd(text, tokenEnd + suffix, out _))
            {
                return false;
            }

            candidate = Make(start, tokenEnd + suffix, name, true);
            return true;
        }

        private bool TryUnknownWithCue(ReadOnlySpan<char> text, int start, out Candidate candidate)
        {
            candidate = default;
            int tokenEnd = NameTokenEnd(text, start);
            ReadOnlySpan<char> token = text[start..tokenEnd];
            int particle = CompanyText.TrailingParticleLength(token);
            ReadOnlySpan<char> name = token[..(token.Length - particle)];
            if (name.Length < 2 || (particle == 0 && !CompanyText.IsNameEnd(text, tokenEnd, out _)))
            {
                return false;
            }

            bool cue = IsPreCue(PreviousWord(text, start));
            if (!cue && particle == 0 && tokenEnd + 1 < text.Length && CompanyText.Fold(text[tokenEnd]) == ' ')
            {
                foreach (string post in CompanyText.PostCues)
                {
                    if (CompanyText.StartsWith(text, tokenEnd + 1, post) && CompanyText.IsNameEnd(text, tokenEnd + 1 + post.Length, out _))
                    {
                        cue = true;
                        break;
                    }
                }
            }

            if (!cue || !CompanyText.IsCompanyLike(name))
            {
                return false;
            }

            candidate = Make(start, start + name.Length, name, false);
            return true;
        }

        private Candidate Make(int start, int end, ReadOnlySpan<char> name, bool legalForm)
        {
            int alias = _gazetteer.Trie.Lookup(name);
            if (alias >= 0)
            {
                int company = _gazetteer.AliasCompany(alias);
                if (legalForm)
                {
                    company = _gazetteer.LegalOf(company);
                }

                bool needsEvidence = _gazetteer.AliasNeedsEvidence(alias) && _options.RequireEvidenceForAmbiguousNames;
                return new Candidate(start, end, company, null, needsEvidence, legalForm);
            }

            return new Candidate(start, end, -1, name.ToString(), false, true);
        }

        private static bool IsPlausibleName(ReadOnlySpan<char> name)
        {
            // An unknown name starts with a letter: "3일(주)" is a date and a stray legal form, not a company.
            if (name.Length < 2 || name.Length > 30 || char.IsAsciiDigit(CompanyText.Fold(name[0])))
            {
                return false;
            }

            // "㈜ 주식회사", "주식회사 유한회사": a legal form is not a name.
            if (name.SequenceEqual("주식회사") || name.SequenceEqual("유한회사"))
            {
                return false;
            }

            foreach (char c in name)
            {
                if (!char.IsAsciiDigit(CompanyText.Fold(c)))
                {
                    return true;
                }
            }

            return false; // digits only
        }

        private static int NameTokenEnd(ReadOnlySpan<char> text, int i)
        {
            int j = i;
            while (j < text.Length && CompanyText.IsNameChar(text[j]))
            {
                j++;
            }

            return j;
        }

        private static ReadOnlySpan<char> PreviousWord(ReadOnlySpan<char> text, int start)
        {
            int end = start - 1;
            if (end < 1 || CompanyText.Fold(text[end]) != ' ')
            {
                return [];
            }

            int b = end;
            while (b > 0 && CompanyText.IsWordChar(text[b - 1]))
            {
                b--;
            }

            return text[b..end];
        }

        private static bool IsPreCue(ReadOnlySpan<char> word)
        {
            if (word.IsEmpty)
            {
                return false;
            }

            foreach (string cue in CompanyText.PreCues)
            {
                if (word.SequenceEqual(cue))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether "(code)" (optionally "(code.KS)") follows at <paramref name="i"/>.</summary>
        private static bool CodeFollows(ReadOnlySpan<char> text, int i, string? code)
        {
            if (code is null || i + code.Length + 2 > text.Length || CompanyText.Fold(text[i]) != '(')
            {
                return false;
            }

            for (int k = 0; k < code.Length; k++)
            {
                if (CompanyText.Fold(text[i + 1 + k]) != char.ToLowerInvariant(code[k]))
                {
                    return false;
                }
            }

            char after = CompanyText.Fold(text[i + 1 + code.Length]);
            return after is ')' or '.' or ',';
        }
    }
}

/// <summary>Options of a <see cref="CompanyRecognizer"/>. Immutable.</summary>
public sealed record CompanyRecognizerOptions
{
    /// <summary>The default options.</summary>
    public static CompanyRecognizerOptions Default { get; } = new();

    /// <summary>
    /// Whether names that are ordinary words (대상, 동방, bare short Latin names …) need evidence: a legal form, a cue word
    /// (그룹, 측, 주가, 주식 …), the stock code in parentheses, or an unambiguous mention of the same company or group in the same text.
    /// Default <see langword="true"/>.
    /// </summary>
    public bool RequireEvidenceForAmbiguousNames { get; init; } = true;

    /// <summary>Whether names not in the gazetteer are reported when a legal form marks them (㈜새로운회사, 새로운회사(주)). Default <see langword="true"/>.</summary>
    public bool RecognizeUnknownCompanies { get; init; } = true;

    /// <summary>
    /// Whether unknown names are also reported next to cue words (스타트업 새로운테크, 새로운랩스 대표) when they look like company names
    /// (a Latin letter or a company-like ending such as 테크, 바이오, 회사). Default <see langword="true"/>; precision first.
    /// </summary>
    public bool UseCueWordsForUnknownCompanies { get; init; } = true;
}

/// <summary>A company name found in text.</summary>
public sealed record CompanyMention
{
    /// <summary>Offset of the mention in UTF-16 code units.</summary>
    public int Offset { get; init; }

    /// <summary>Length of the mention in UTF-16 code units (the name with any legal form, without a following particle).</summary>
    public int Length { get; init; }

    /// <summary>The surface text.</summary>
    public required string Text { get; init; }

    /// <summary>The canonical Korean name.</summary>
    public required string Name { get; init; }

    /// <summary>The English name, when known.</summary>
    public string? EnglishName { get; init; }

    /// <summary>The exchange code (KRX ticker or foreign ticker), when listed.</summary>
    public string? Code { get; init; }

    /// <summary>The market (KOSPI, KOSDAQ, KONEX, NASDAQ, NYSE, …), when listed.</summary>
    public string? Market { get; init; }

    /// <summary>The group or parent company, when known.</summary>
    public string? Group { get; init; }

    /// <summary>Whether the company is listed on an exchange.</summary>
    public bool IsListed { get; init; }

    /// <summary>What kind of entity was found (listed, unlisted, group, or unknown to the gazetteer).</summary>
    public CompanyKind Kind { get; init; }
}
