namespace KoNewsParse.Duplicates;

/// <summary>What kind of boilerplate a line is.</summary>
public enum BoilerplateKind
{
    /// <summary>Not boilerplate (body text, title, subheading).</summary>
    None,

    /// <summary>A copyright tail: <c>무단전재 및 재배포 금지</c>, <c>Copyright ⓒ</c>, <c>저작권자 ©</c>.</summary>
    Copyright,

    /// <summary>A related-, popular- or recommended-article header or link line.</summary>
    RelatedArticles,

    /// <summary>A subscription, follow or tip-off prompt.</summary>
    Subscription,

    /// <summary>A byline: reporter name with e-mail, or a lone <c>홍길동 기자</c> line.</summary>
    Byline,

    /// <summary>A photo or graphic caption/credit: <c>사진=</c>, <c>/사진제공=</c>, <c>그래픽=</c>.</summary>
    PhotoCaption,

    /// <summary>Share, print, font-size and similar page UI words.</summary>
    ShareUi,

    /// <summary>A run of short headline-like lines without sentence endings (a list of other articles).</summary>
    HeadlineList,

    /// <summary>A dateline line on its own: <c>입력 2021.11.25 14:35</c>, <c>수정 …</c>.</summary>
    Metadata,

    /// <summary>An advertisement marker line.</summary>
    Advertisement,

    /// <summary>An editorial notice or disclaimer: <c>※ …</c>, <c>이 기사는 … 먼저 게재됐습니다</c>, investment disclaimers.</summary>
    Notice,

    /// <summary>A line of hashtags (<c>#해상풍력 #특별법</c>) or a tag/keyword header.</summary>
    Tags,

    /// <summary>A line that recurs across many articles of the same source (learned by <see cref="BoilerplateLearner"/>).</summary>
    Learned,
}

/// <summary>Options for <see cref="BoilerplateDetector"/>. Immutable.</summary>
public sealed record BoilerplateDetectorOptions
{
    /// <summary>The default options.</summary>
    public static BoilerplateDetectorOptions Default { get; } = new();

    /// <summary>Whether the built-in rules are applied (turn off to use only <see cref="Learned"/> lines).</summary>
    public bool UseRules { get; init; } = true;

    /// <summary>The minimum number of consecutive headline-like lines that <see cref="BoilerplateDetector.ClassifyAll"/> flags as a list (≥ 2).</summary>
    public int HeadlineListMinRun { get; init; } = 3;

    /// <summary>The longest line (characters) that counts as headline-like.</summary>
    public int HeadlineMaxLength { get; init; } = 60;

    /// <summary>Lines learned from a corpus (see <see cref="BoilerplateLearner"/>), or <see langword="null"/>.</summary>
    public LearnedBoilerplate? Learned { get; init; }
}

/// <summary>
/// Flags boilerplate lines: copyright tails, related-article lists, subscription prompts, bylines, photo captions, share UI,
/// datelines, advertisement markers, runs of headline-like lines, and lines learned from a corpus. Rules are hand-written span
/// scanners (no regular expressions). Immutable and thread-safe.
/// </summary>
public sealed class BoilerplateDetector
{
    /// <summary>The default detector (rules only).</summary>
    public static BoilerplateDetector Default { get; } = new();

    /// <summary>Creates a detector with <see cref="BoilerplateDetectorOptions.Default"/>.</summary>
    public BoilerplateDetector()
        : this(BoilerplateDetectorOptions.Default)
    {
    }

    /// <summary>Creates a detector.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="BoilerplateDetectorOptions.HeadlineListMinRun"/> is below 2.</exception>
    public BoilerplateDetector(BoilerplateDetectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.HeadlineListMinRun < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.HeadlineListMinRun, "HeadlineListMinRun must be at least 2.");
        }

        Options = options;
    }

    /// <summary>The options.</summary>
    public BoilerplateDetectorOptions Options { get; }

    /// <summary>Whether <paramref name="line"/> is boilerplate on its own (no context; see <see cref="ClassifyAll"/>).</summary>
    /// <param name="line">One line or paragraph.</param>
    /// <returns><see langword="true"/> for boilerplate.</returns>
    public bool IsBoilerplate(ReadOnlySpan<char> line) => Classify(line) != BoilerplateKind.None;

    /// <summary>Classifies one line on its own (learned lines of any source count).</summary>
    /// <param name="line">One line or paragraph.</param>
    /// <returns>The kind, or <see cref="BoilerplateKind.None"/>.</returns>
    public BoilerplateKind Classify(ReadOnlySpan<char> line) => Classify(line, null);

    /// <summary>Classifies one line on its own.</summary>
    /// <param name="line">One line or paragraph.</param>
    /// <param name="source">The article's source (publisher/site) for learned lines, or <see langword="null"/> for any source.</param>
    /// <returns>The kind, or <see cref="BoilerplateKind.None"/>.</returns>
    public BoilerplateKind Classify(ReadOnlySpan<char> line, string? source)
    {
        ReadOnlySpan<char> s = line.Trim();
        if (s.IsEmpty)
        {
            return BoilerplateKind.None;
        }

        if (Options.UseRules)
        {
            BoilerplateKind kind = BoilerplateRules.Classify(s);
            if (kind != BoilerplateKind.None)
            {
                return kind;
            }
        }

        if (Options.Learned is { } learned && learned.Contains(s, source))
        {
            return BoilerplateKind.Learned;
        }

        return BoilerplateKind.None;
    }

    /// <summary>
    /// Classifies the lines of one article with context: besides the per-line rules, a run of at least
    /// <see cref="BoilerplateDetectorOptions.HeadlineListMinRun"/> consecutive short lines without sentence endings is a
    /// <see cref="BoilerplateKind.HeadlineList"/>, and short link-like lines right after a related-articles header are
    /// <see cref="BoilerplateKind.RelatedArticles"/>.
    /// </summary>
    /// <param name="lines">The article's lines (paragraphs) in order.</param>
    /// <param name="source">The article's source for learned lines, or <see langword="null"/>.</param>
    /// <returns>One kind per line.</returns>
    public IReadOnlyList<BoilerplateKind> ClassifyAll(IReadOnlyList<string> lines, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var kinds = new BoilerplateKind[lines.Count];
        for (int i = 0; i < kinds.Length; i++)
        {
            kinds[i] = Classify((lines[i] ?? string.Empty).AsSpan(), source);
        }

        if (!Options.UseRules)
        {
            return kinds;
        }

        // A bare "▶ …" line followed by the article's own text (a body sentence, or a figure line of a market report) is one
        // of its subheadings, not a link: links are followed by other links, other furniture or the end of the page.
        for (int i = 0; i + 1 < kinds.Length; i++)
        {
            ReadOnlySpan<char> next = Line(lines, i + 1);
            if (kinds[i] == BoilerplateKind.RelatedArticles && kinds[i + 1] == BoilerplateKind.None
                && (i == 0 || kinds[i - 1] != BoilerplateKind.RelatedArticles)
                && BoilerplateRules.IsBareLinkLine(Line(lines, i)) && !BoilerplateRules.IsLinkButton(Line(lines, i))
                && (BoilerplateRules.IsBodySentence(next) || next.ContainsAnyInRange('0', '9')))
            {
                kinds[i] = BoilerplateKind.None;
            }
        }

        // The outlet's name above its navigation ("테크브리프", then "로그인" or "경제 | 산업 | 금융").
        // The same name in Latin letters and Hangul at the top ("TECHWIDE 테크와이드", "비즈온 | BIZON") is the masthead too.
        if (kinds.Length > 1 && kinds[0] == BoilerplateKind.None
            && (BoilerplateRules.IsMasthead(Line(lines, 0), Line(lines, 1)) || BoilerplateRules.IsBilingualBrand(Line(lines, 0))))
        {
            kinds[0] = BoilerplateKind.ShareUi;
        }

        // A press release's "about the company" block: "가온바이오 개요", then "가온바이오는 2024년 설립된 …".
        for (int i = 0; i + 1 < kinds.Length; i++)
        {
            if (kinds[i] == BoilerplateKind.None && kinds[i + 1] == BoilerplateKind.None
                && BoilerplateRules.IsCompanyProfile(Line(lines, i), Line(lines, i + 1)))
            {
                kinds[i] = kinds[i + 1] = BoilerplateKind.Notice;
            }
        }

        // The story starts at its first real sentence (a headline ending in a bare verb, "… 공장 짓는다", is not one).
        int firstBody = 0;
        while (firstBody < kinds.Length && !BoilerplateRules.IsLeadSentence(Line(lines, firstBody)))
        {
            firstBody++;
        }

        // Above the story, a bracketed two-word label is the piece's column or series ("[CEO 인터뷰]", "[경제 시론]").
        for (int i = 0; i < firstBody; i++)
        {
            if (kinds[i] == BoilerplateKind.None && BoilerplateRules.IsBracketedLabel(Line(lines, i)))
            {
                kinds[i] = BoilerplateKind.ShareUi;
            }
        }

        // Lines after a related-articles header, until the first line that reads like body text.
        for (int i = 0; i < kinds.Length; i++)
        {
            // A header introduces a list, and so does a link line inside one; a bare "▶ …" line on its own is one link. A
            // "more stories" button above the body is a widget of its own: the line after it is usually the headline.
            ReadOnlySpan<char> header = Line(lines, i);

            // After the story, a lone section heading ("오피니언", "인사 · 동정") heads that section's list of headlines.
            bool sectionList = i > firstBody && kinds[i] == BoilerplateKind.ShareUi && BoilerplateRules.IsSectionHeading(header);
            if (!sectionList && (kinds[i] != BoilerplateKind.RelatedArticles
                || (BoilerplateRules.IsBareLinkLine(header) && (i == 0 || kinds[i - 1] != BoilerplateKind.RelatedArticles))
                || (i < firstBody && BoilerplateRules.IsMoreStoriesButton(header))))
            {
                continue;
            }

            // A note under the header ("오후 1시~2시까지 집계한 결과입니다.") does not end the list.
            for (int j = i + 1; j < kinds.Length && kinds[j] is BoilerplateKind.None or BoilerplateKind.Notice or BoilerplateKind.Advertisement; j++)
            {
                if (kinds[j] != BoilerplateKind.None)
                {
                    continue;
                }

                if (!BoilerplateRules.IsHeadlineLike(Line(lines, j), Options.HeadlineMaxLength + 20, listItem: true))
                {
                    break;
                }

                kinds[j] = BoilerplateKind.RelatedArticles;
            }
        }

        // An author's biography in two lines: "홍서윤 교수는", then the career ("한국대 경제학부 교수. … 부회장을 지냈다.").
        for (int i = 0; i + 1 < kinds.Length; i++)
        {
            if (kinds[i] == BoilerplateKind.None && BoilerplateRules.IsBiographyHead(Line(lines, i)) && BoilerplateRules.TellsCareer(Line(lines, i + 1)))
            {
                kinds[i] = kinds[i + 1] = BoilerplateKind.Byline;
            }
        }

        // A tag list scraped one tag per line: "태그" (or "키워드"), then "스테이블코인", "결제", … until a longer line.
        for (int i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] is BoilerplateKind.None or BoilerplateKind.Tags && BoilerplateRules.IsTagHeader(Line(lines, i)))
            {
                kinds[i] = BoilerplateKind.Tags;
                for (int j = i + 1; j < kinds.Length && kinds[j] == BoilerplateKind.None && BoilerplateRules.IsTagItem(Line(lines, j)); j++)
                {
                    kinds[j] = BoilerplateKind.Tags;
                }
            }
        }

        // An author's biography (at the end of a column) starts with the name on the article's byline: "배준혁 연구원은 …".
        // Up to four names, each kept as where it stands in its trimmed byline.
        Span<(int Line, int Offset, int Length)> names = stackalloc (int, int, int)[4];
        int nameCount = 0;
        for (int i = 0; i < kinds.Length && nameCount < names.Length; i++)
        {
            if (kinds[i] != BoilerplateKind.Byline)
            {
                continue;
            }

            ReadOnlySpan<char> byline = Line(lines, i);
            ReadOnlySpan<char> name = BoilerplateRules.BylineName(byline);
            if (!name.IsEmpty && byline.Overlaps(name, out int offset))
            {
                names[nameCount++] = (i, offset, name.Length);
            }
        }

        for (int i = 0; i < kinds.Length && nameCount > 0; i++)
        {
            ReadOnlySpan<char> line = Line(lines, i);
            for (int b = 0; b < nameCount && kinds[i] == BoilerplateKind.None; b++)
            {
                (int nameLine, int offset, int length) = names[b];
                if (BoilerplateRules.IsAuthorBio(line, Line(lines, nameLine).Slice(offset, length)))
                {
                    kinds[i] = BoilerplateKind.Byline;
                }
            }
        }

        // Runs of headline-like lines after the first body sentence (the title and sub-headlines at the top are not a list).
        // Lines already classified as boilerplate neither break nor start a run. The short lines under a story's own
        // subheading ("■ 주요 내용", then "- …" items) are a list of the story, not of headlines.
        int runStart = -1, runLength = 0, tableRows = 0, bullets = 0;
        bool storyList = false;
        for (int i = firstBody; i <= kinds.Length; i++)
        {
            ReadOnlySpan<char> line = i < kinds.Length ? Line(lines, i) : default;
            bool candidate = i < kinds.Length && kinds[i] == BoilerplateKind.None && BoilerplateRules.IsHeadlineLike(line, Options.HeadlineMaxLength);
            if (i < kinds.Length && kinds[i] == BoilerplateKind.None && BoilerplateRules.IsStorySubheading(line))
            {
                storyList = true;
                candidate = false;
            }
            else if (!candidate && (i >= kinds.Length || kinds[i] == BoilerplateKind.None))
            {
                // A sentence that announces a list ("주요 내용은 다음과 같다.") starts one; any other body line ends it.
                storyList = i < kinds.Length && BoilerplateRules.IntroducesList(line);
            }

            bool headline = candidate && !storyList;
            bool transparent = i < kinds.Length && kinds[i] != BoilerplateKind.None;
            if (headline)
            {
                if (runStart < 0)
                {
                    runStart = i;
                }

                runLength++;
                tableRows += BoilerplateRules.IsTableRow(line) ? 1 : 0;
                bullets += BoilerplateRules.IsListBullet(line) ? 1 : 0;
                continue;
            }

            if (transparent && runStart >= 0)
            {
                continue;
            }

            // Rows of a figure table ("시중은행 평균 3.85%", "정책자금 1조2천억원") under one caption line are the story's table.
            bool table = tableRows >= 2 && tableRows >= runLength - 1;

            // Bulleted items (under at most one heading) with the story going on after them are the story's own list
            // ("제품 라인업", then "· …" lines, then a sentence): headline lists end the story, they do not interrupt it.
            bool storyBlock = bullets >= 2 && bullets >= runLength - 1 && i < kinds.Length && BoilerplateRules.IsLeadSentence(line);
            if (runLength >= Options.HeadlineListMinRun && !table && !storyBlock)
            {
                for (int j = runStart; j < i; j++)
                {
                    if (kinds[j] == BoilerplateKind.None)
                    {
                        kinds[j] = BoilerplateKind.HeadlineList;
                    }
                }
            }

            runStart = -1;
            runLength = 0;
            tableRows = 0;
            bullets = 0;
        }

        return kinds;
    }

    /// <summary>Line <paramref name="i"/> without surrounding white space (a null line reads as empty).</summary>
    private static ReadOnlySpan<char> Line(IReadOnlyList<string> lines, int i) => (lines[i] ?? string.Empty).AsSpan().Trim();
}
