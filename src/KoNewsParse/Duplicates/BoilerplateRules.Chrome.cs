namespace KoNewsParse.Duplicates;

/// <summary>
/// Site chrome of newsletters, portals, live pages and press-release services: tool bars, quote tickers, outlet taglines,
/// bilingual brand names, ad and banner labels, page notes addressed to the reader, rating guides of research notes and
/// the "about the company" block of a press release.
/// </summary>
internal static partial class BoilerplateRules
{
    /// <summary>Page tools of a tool bar ("관심기업 등록 | 인쇄 | 공유", "PC버전 | 맨위로 ▲", "자동 새로고침 ON | 최신순 | 오래된순").</summary>
    private static readonly string[] ToolWords =
    [
        "인쇄", "공유", "글꼴", "북마크", "스크랩", "맨위로", "맨 위로", "최신순", "오래된순", "추천순", "PC버전", "PC 버전", "모바일버전",
        "모바일 버전", "앱버전", "글자크기", "저장", "목록", "이전", "다음", "닫기", "TOP", "등록순", "공감순", "순공감순", "과거순",
        "답글순",
    ];

    /// <summary>Last words of an outlet's tagline ("대한민국 부동산 전문 미디어", "ESG·에너지·환경 산업 전문지", "보도자료 배포 서비스").</summary>
    private static readonly string[] TaglineEndings =
    [
        "미디어", "전문지", "주간지", "일간지", "월간지", "경제지", "전문매체", "매체", "신문", "뉴스", "서비스", "플랫폼", "포털",
        "Edition",
    ];

    /// <summary>Notes to the reader of a newsletter or portal page ("이 메일이 제대로 보이지 않으면 웹에서 보기", "안녕하세요, 구독자님.").</summary>
    private static readonly PhraseSet NewsletterChrome = new(
    [
        "제대로 보이지 않", "웹에서 보기", "웹 브라우저에서 보기", "브라우저에서 보기", "웹버전으로 보기", "웹 버전으로 보기", "구독자님",
        "독자님", "구독자 여러분", "여기까지입니다",
    ]);

    /// <summary>Openings of an ad or banner line ("📢 광고 | …", "[배너] …", "AD: …").</summary>
    private static readonly string[] AdvertisementStarts = ["[광고]", "[AD]", "[배너]", "(광고)", "<광고>", "[Sponsored]", "[스폰서]", "[PR]"];

    private static readonly string[] AdvertisementLabels = ["광고", "AD", "배너", "Sponsored", "스폰서"];

    /// <summary>What a page note is about: it may change or differ ("실시간 업데이트는 … 수정될 수 있습니다", "요약 결과는 원문과 다를 수 있으니").</summary>
    private static readonly string[] ChangeNotes = ["수정될 수 있습니다", "변경될 수 있습니다", "다를 수 있습니다", "다를 수 있으니", "달라질 수 있습니다"];

    /// <summary>Page words that such a note is about (not the story's own subject).</summary>
    private static readonly string[] PageNouns = ["업데이트", "요약", "기사", "원문", "내용", "정보", "시세", "데이터", "페이지", "결과"];

    /// <summary>English headings of a research note's or page's notices, alone on a line.</summary>
    private static readonly string[] EnglishNoticeHeadings =
    [
        "Compliance Notice", "Disclaimer", "Disclosures", "Important Disclosures", "Important Notice", "Legal Notice",
        "Analyst Certification", "Legal Disclaimer", "Our Standards",
    ];

    /// <summary>End-of-story markers of wire copy ("(끝)", "&lt;끝&gt;").</summary>
    private static readonly string[] EndMarkers = ["(끝)", "<끝>", "[끝]", "/끝/", "〈끝〉", "(END)", "(End)", "속보", "단독", "특보", "[속보]", "[단독]"];

    /// <summary>Words a short breaking-news label ends with ("실적 속보", "증시 특보").</summary>
    private static readonly string[] BreakingLabels = ["속보", "특보"];

    /// <summary>
    /// A bar of page tools: two to five short items between bars, at least two of them and at least half page tools
    /// ("관심기업 등록 | 인쇄 | 공유", "공유 | 글꼴", "목차로 돌아가기 | 인쇄 | 공유").
    /// </summary>
    private static bool IsToolBar(ReadOnlySpan<char> s)
    {
        if (s.Length > 60 || s.IndexOf('|') < 0 || EndsLikeSentence(s))
        {
            return false;
        }

        int items = 0, tools = 0;
        for (int pos = 0; pos <= s.Length;)
        {
            ReadOnlySpan<char> item = NextSegment(s, ref pos, "|", anyChar: true).Trim(" ▲▼△▽↑↓▶◀>".AsSpan());
            if (item.IsEmpty || item.Length > 20 || item.Count(' ') > 2)
            {
                return false;
            }

            items++;
            bool step = item.Length <= 8 && (item.StartsWith("이전 ", StringComparison.Ordinal) || item.StartsWith("다음 ", StringComparison.Ordinal));
            bool list = item.Length <= 8 && item.EndsWith("목록", StringComparison.Ordinal);
            tools += IsOneOf(item, ToolWords) || IsShareUi(item) || LoneButtons.Contains(item) || IsAttachment(item) || step || list ? 1 : 0;
        }

        return items is >= 2 and <= 5 && tools >= 2 && tools * 2 >= items;
    }

    /// <summary>
    /// A quote ticker: three or more segments between bars, each a code, a price and a change ("USD 1,342.50 ▲3.20 |
    /// JPY(100) 902.14 ▼1.05 | …", "BTC ₩138,420,000 +1.8% | ETH …"); the first may carry a label ("오늘의 환율 USD …").
    /// </summary>
    private static bool IsTickerBar(ReadOnlySpan<char> s)
    {
        if (s.Length > 240 || s.Count('|') < 2)
        {
            return false;
        }

        int items = 0, quotes = 0;
        for (int pos = 0; pos <= s.Length;)
        {
            ReadOnlySpan<char> item = NextSegment(s, ref pos, "|", anyChar: true).Trim();
            items++;
            quotes += IsQuote(item) ? 1 : 0;
        }

        return quotes >= 3 && quotes >= items - 1;
    }

    /// <summary>"USD 1,342.50 ▲3.20", "JPY(100) 902.14 ▼1.05", "BTC ₩138,420,000 +1.8%": an upper-case code, a price and a change, last.</summary>
    private static bool IsQuote(ReadOnlySpan<char> item)
    {
        int last = item.LastIndexOf(' ');
        if (last <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> change = item[(last + 1)..], before = item[..last].TrimEnd();
        int middle = before.LastIndexOf(' ');
        if (middle <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> price = before[(middle + 1)..].TrimStart("₩$€¥£".AsSpan()), code = LastWord(before[..middle].TrimEnd());
        int paren = code.IndexOf('(');
        code = paren > 0 ? code[..paren] : code;
        bool arrow = change.Length >= 2 && change[0] is '▲' or '▼' or '△' or '▽' && char.IsAsciiDigit(change[1]);
        bool signed = arrow || (change.Length >= 2 && change[0] is '+' or '-' or '−' && char.IsAsciiDigit(change[1]));

        // An upper-case code ("USD", "BTC"), or with a widget's arrows any short name ("코스피 2,418.33 ▼103.86").
        return (signed || change.EndsWith("%", StringComparison.Ordinal)) && !price.IsEmpty && char.IsAsciiDigit(price[0])
            && !price.ContainsAnyExcept(FigureChars)
            && ((code.Length is >= 2 and <= 5 && !code.ContainsAnyExceptInRange('A', 'Z')) || (arrow && code.Length is >= 2 and <= 8));
    }

    /// <summary>
    /// An outlet's name and its tagline: "부동산포커스 | 대한민국 부동산 전문 미디어", "이코노뷰 ECONOVIEW | 대한민국 경제주간지"
    /// (a name, one bar, and a short noun phrase ending in a media word).
    /// </summary>
    private static bool IsOutletTagline(ReadOnlySpan<char> s)
    {
        int bar = s.IndexOf('|');
        if (s.Length > 60 || bar <= 0 || s[(bar + 1)..].Contains('|') || s.ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        ReadOnlySpan<char> name = s[..bar].Trim(), tagline = s[(bar + 1)..].Trim();
        // "한빛경제 | 대한민국 경제의 기준": after an outlet's own name, any short slogan.
        if (IsOutletName(name) && tagline.Length is >= 4 and <= 20 && !EndsLikeSentence(tagline) && !tagline.ContainsAny(Quotes)
            && !SectionWords.Contains(tagline) && tagline.Contains(' '))
        {
            return true;
        }

        return name.Length is >= 2 and <= 24 && tagline.Length is >= 4 and <= 30 && !EndsLikeSentence(tagline)
            && EndsWithAny(tagline, TaglineEndings)
            && (IsOutletName(name) || IsBilingualBrand(name) || IsEnglishOutletName(name) || (name.Length <= 12 && IsHangulOrLatinWord(name)));
    }

    /// <summary>
    /// A brand written in Hangul and in Latin letters: "TECHWIDE 테크와이드", "비즈온 | BIZON", "CoinPost K | 코인포스트K" (two
    /// parts, one Latin of at least three letters, one Hangul).
    /// </summary>
    internal static bool IsBilingualBrand(ReadOnlySpan<char> s)
    {
        if (s.Length is < 5 or > 30)
        {
            return false;
        }

        int bar = s.IndexOf('|');
        ReadOnlySpan<char> first, second;
        if (bar > 0)
        {
            first = s[..bar].Trim();
            second = s[(bar + 1)..].Trim();
        }
        else
        {
            // Without a bar, the boundary between the Latin and the Hangul run: the last space before a change of script.
            int split = -1;
            for (int i = 1; i + 1 < s.Length; i++)
            {
                if (s[i] == ' ' && IsHangul(s[i - 1]) != IsHangul(s[i + 1]))
                {
                    split = split < 0 ? i : -2;
                }
            }

            if (split < 0)
            {
                return false;
            }

            first = s[..split];
            second = s[(split + 1)..];
        }

        // "한누리통신 HANNURI NEWS AGENCY": an outlet's Korean name may stand beside a longer Latin one.
        int maxSpaces = IsOutletName(first) || IsOutletName(second) ? 3 : 1;
        return (IsLatinBrand(first, maxSpaces) && IsHangulBrand(second)) || (IsHangulBrand(first) && IsLatinBrand(second, maxSpaces));
    }

    private static bool IsLatinBrand(ReadOnlySpan<char> s, int maxSpaces = 1)
    {
        int letters = 0;
        foreach (char c in s.TrimEnd('+'))
        {
            if (char.IsAsciiLetter(c))
            {
                letters++;
            }
            else if (c != ' ')
            {
                return false;
            }
        }

        return letters >= 3 && s.Count(' ') <= maxSpaces;
    }

    /// <summary>Hangul, with at most one Latin letter or digit at its end ("코인포스트K").</summary>
    private static bool IsHangulBrand(ReadOnlySpan<char> s)
    {
        ReadOnlySpan<char> t = s.Length > 2 && char.IsAsciiLetterOrDigit(s[^1]) ? s[..^1] : s;
        return t.Length is >= 2 and <= 10 && IsAllHangul(t);
    }

    /// <summary>A newsletter's own chrome: "[모닝이코노미] 이 메일이 제대로 보이지 않으면 웹에서 보기", "안녕하세요, 구독자님. …".</summary>
    private static bool IsNewsletterChrome(ReadOnlySpan<char> s) => s.Length <= 90 && NewsletterChrome.ContainsAny(s) && !s.ContainsAny(Quotes);

    /// <summary>"📢 광고 | 한결카드 …", "[배너] 2035 탄소중립 엑스포 …", "AD: …": a line that opens with an ad or banner label.</summary>
    private static bool IsLabelledAdvertisement(ReadOnlySpan<char> s)
    {
        if (s.Length > 120)
        {
            return false;
        }

        // Emoji and symbols before the label ("📢 광고 | …").
        ReadOnlySpan<char> t = s;
        while (!t.IsEmpty && !char.IsLetterOrDigit(t[0]) && t[0] is not ('[' or '(' or '<'))
        {
            t = t[1..];
        }

        // Only these open an ad's label.
        if (t.IsEmpty || t[0] is not ('[' or '(' or '<' or '광' or 'A' or '배' or 'S' or '스'))
        {
            return false;
        }

        if (StartsWithAny(t, AdvertisementStarts))
        {
            return true;
        }

        foreach (string label in AdvertisementLabels)
        {
            if (t.Length > label.Length && t.StartsWith(label, StringComparison.Ordinal)
                && t[label.Length..].TrimStart() is [':' or '|' or '：', ..])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A note of the page about itself: a polite sentence saying that the page's updates, summary or data may change or
    /// differ ("실시간 업데이트는 시장 상황에 따라 수정될 수 있습니다.", "기사 요약: AI가 요약한 내용입니다. …다를 수 있으니 …").
    /// </summary>
    private static bool IsPageNote(ReadOnlySpan<char> s) =>
        s.Length <= 120 && IsPoliteNote(s) && !s.ContainsAny(Quotes) && ContainsAny(s, ChangeNotes) && ContainsAny(s, PageNouns);

    /// <summary>"기사 제공 마켓데일리 | 이 기사는 언론사에서 경제 섹션으로 분류했습니다.": a short label, a bar and a notice.</summary>
    private static bool IsLabelThenNotice(ReadOnlySpan<char> s)
    {
        int bar = s.LastIndexOf('|');
        if (bar <= 0 || bar > 30 || s.Length > 200)
        {
            return false;
        }

        ReadOnlySpan<char> tail = s[(bar + 1)..].Trim();
        ReadOnlySpan<char> core = StripBullets(tail);
        return !tail.IsEmpty && IsNotice(tail, core);
    }

    /// <summary>
    /// A research note's rating guide ("투자등급 안내: 매수(+15% 이상), …", "투자의견 분류 기준") or an English notice heading
    /// alone on its line ("Compliance Notice").
    /// </summary>
    private static bool IsRatingGuideOrNoticeHeading(ReadOnlySpan<char> s)
    {
        // "Compliance Notice", alone or before its text ("Compliance Notice: 당사는 …").
        int colon = s.IndexOf(':');
        if (IsOneOf(s, EnglishNoticeHeadings) || (colon > 0 && IsOneOf(s[..colon], EnglishNoticeHeadings)))
        {
            return true;
        }

        if (s.Length > 200 || !(s.StartsWith("투자등급", StringComparison.Ordinal) || s.StartsWith("투자의견", StringComparison.Ordinal)))
        {
            return false;
        }

        ReadOnlySpan<char> rest = s[4..].TrimStart();
        return rest.StartsWith("안내", StringComparison.Ordinal) || rest.StartsWith("기준", StringComparison.Ordinal)
            || rest.StartsWith("분류", StringComparison.Ordinal) || rest.StartsWith("체계", StringComparison.Ordinal);
    }

    /// <summary>"(끝)", "실적 속보": a wire's end marker or a breaking-news label.</summary>
    private static bool IsMarkerOrLabel(ReadOnlySpan<char> s)
    {
        if (IsOneOf(s, EndMarkers))
        {
            return true;
        }

        int space = s.IndexOf(' ');
        return s.Length <= 10 && space > 0 && IsAllHangul(s[..space]) && IsOneOf(s[(space + 1)..], BreakingLabels);
    }

    /// <summary>
    /// "[CEO 인터뷰]", "[경제 시론]": two short words in brackets, letters only (not a header such as "[관련 기사]"). Above the
    /// story it is the piece's column or series label; inside it, the same shape is a subheading ("【인수 배경】").
    /// </summary>
    internal static bool IsBracketedLabel(ReadOnlySpan<char> s)
    {
        if (s.Length is < 5 or > 16 || s[0] is not ('[' or '【') || s[^1] is not (']' or '】'))
        {
            return false;
        }

        ReadOnlySpan<char> inner = s[1..^1];
        int space = inner.IndexOf(' ');
        return space > 0 && inner[(space + 1)..].IndexOf(' ') < 0 && IsHangulOrLatinWord(inner[..space])
            && IsHangulOrLatinWord(inner[(space + 1)..]) && !StartsWithHeader(inner);
    }

    private static bool IsHangulOrLatinWord(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!(IsHangul(c) || char.IsAsciiLetter(c)))
            {
                return false;
            }
        }

        return !s.IsEmpty;
    }

    /// <summary>
    /// A comment box with its character counter or its count: "댓글쓰기 (0/400자)", "댓글 입력 0 / 300", "이 기사에 대한 의견
    /// 남기기 (0)".
    /// </summary>
    private static bool IsCommentCounter(ReadOnlySpan<char> s)
    {
        // "댓글 148개": the count alone.
        if (s.Length <= 15 && s.StartsWith("댓글 ", StringComparison.Ordinal))
        {
            ReadOnlySpan<char> count = s[3..].Trim().TrimEnd("개건".AsSpan());
            if (!count.IsEmpty && IsNumber(count, allowCommas: true))
            {
                return true;
            }
        }

        if (s.Length <= 30 && s.EndsWith(")", StringComparison.Ordinal) && s.LastIndexOf('(') is int open and > 0
            && IsNumber(s[(open + 1)..^1]) && open + 1 < s.Length - 1 && (s.Contains("의견", StringComparison.Ordinal) || s.Contains("댓글", StringComparison.Ordinal))
            && !s[..open].TrimEnd().EndsWith("다", StringComparison.Ordinal))
        {
            return true;
        }

        int slash = s.IndexOf('/');
        if (s.Length > 30 || slash <= 0 || !s.Contains("댓글", StringComparison.Ordinal))
        {
            return false;
        }

        ReadOnlySpan<char> before = s[..slash].TrimEnd(), after = s[(slash + 1)..].TrimStart().TrimEnd(" )자".AsSpan());
        return !before.IsEmpty && char.IsAsciiDigit(before[^1]) && !after.IsEmpty && IsNumber(after, allowCommas: true);
    }

    /// <summary>A feedback question with its reaction counts: "이 기사가 도움이 되셨나요? 좋아요 12 | 싫어요 1".</summary>
    private static bool IsQuestionWithCounters(ReadOnlySpan<char> s)
    {
        int question = s.IndexOf('?');
        if (s.Length > 100 || question is <= 0 or > 30 || question + 1 >= s.Length)
        {
            return false;
        }

        // "이 기사가 유용했나요? 👍 12", "… 되었나요? 👍 👎": reaction icons and their counts only.
        ReadOnlySpan<char> rest = s[(question + 1)..].Trim();
        return IsCounterBar(rest) || (!HasLetter(rest) && rest.Length <= 16);
    }

    private static bool HasLetter(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The heading of a press release's "about the company" block: a name and 개요/소개 ("가온바이오 개요", "회사 소개"),
    /// when the next line describes a company by that name ("가온바이오는 2024년 설립된 …").
    /// </summary>
    /// <param name="s">The heading line, trimmed.</param>
    /// <param name="next">The line after it, trimmed.</param>
    internal static bool IsCompanyProfile(ReadOnlySpan<char> s, ReadOnlySpan<char> next)
    {
        int space = s.IndexOf(' ');
        if (s.Length > 20 || space < 2 || s[(space + 1)..].Contains(' '))
        {
            return false;
        }

        ReadOnlySpan<char> name = s[..space], word = s[(space + 1)..];
        if (!(word.SequenceEqual("개요") || word.SequenceEqual("소개") || word.SequenceEqual("회사개요") || word.SequenceEqual("회사소개")))
        {
            return false;
        }

        return next.Length > name.Length + 1 && next.StartsWith(name, StringComparison.Ordinal)
            && next[name.Length] is '는' or '은' && next.Contains("설립", StringComparison.Ordinal);
    }

    /// <summary>
    /// English caption without a final period whose credit repeats a name of the caption or names an agency: "Hanro
    /// Motors' assembly plant in Georgia (Hanro Motors)", "Traders at the exchange (Yonhap)".
    /// </summary>
    private static bool IsEnglishCreditedPhrase(ReadOnlySpan<char> s)
    {
        if (s.Length is < 12 or > 160 || s[^1] != ')' || !char.IsAsciiLetterUpper(s[0]) || s.ContainsAnyExceptInRange('\u0020', '\u007E'))
        {
            return false;
        }

        if (!TryReadTrailingCredit(s, out int open, out ReadOnlySpan<char> credit) || open < 8
            || s[..open].TrimEnd() is [.., '.' or '?' or '!' or ':'] || !char.IsAsciiLetterUpper(credit[0]))
        {
            return false;
        }

        ReadOnlySpan<char> text = s[..open];

        Span<char> lower = stackalloc char[30];
        int n = credit.ToLowerInvariant(lower);
        return text.Contains(credit, StringComparison.Ordinal) || (n > 0 && ImageAgencies.Contains(lower[..n]))
            || credit.SequenceEqual("Yonhap") || credit.EndsWith(" Photo", StringComparison.Ordinal) || credit.EndsWith("Images", StringComparison.Ordinal);
    }

    /// <summary>Cells between bars, each short, at least half of them with a figure ("누리은행 | 0.2~0.3%p | 2월 중").</summary>
    private static bool IsFigureRow(ReadOnlySpan<char> s)
    {
        int cells = 0, figures = 0;
        for (int pos = 0; pos <= s.Length;)
        {
            ReadOnlySpan<char> cell = NextSegment(s, ref pos, "|", anyChar: true).Trim();
            if (cell.IsEmpty || cell.Length > 20)
            {
                return false;
            }

            cells++;
            figures += cell.ContainsAnyInRange('0', '9') ? 1 : 0;
        }

        return figures * 2 >= cells || (cells >= 4 && figures >= 1);
    }

    /// <summary>"(K-Biz Journal file photo)", "(Photo: Hanseo Motors)": a parenthesized English photo note alone on its line.</summary>
    private static bool IsEnglishPhotoNote(ReadOnlySpan<char> s) =>
        s.Length is >= 8 and <= 60 && s[0] == '(' && s[^1] == ')' && !s.ContainsAnyExceptInRange('\u0020', '\u007E')
        && (s.Contains("photo", StringComparison.OrdinalIgnoreCase) || s.Contains("courtesy", StringComparison.OrdinalIgnoreCase)
            || s.Contains("image", StringComparison.OrdinalIgnoreCase));

    /// <summary>"한누리통신 언론사홈 가기": an outlet's name before buttons.</summary>
    private static bool IsOutletButton(ReadOnlySpan<char> s)
    {
        int space = s.IndexOf(' ');
        return s.Length <= 30 && space > 0 && IsOutletName(s[..space]) && IsShareUi(s[(space + 1)..]);
    }

    /// <summary>"한울투자증권 리서치센터": a securities firm's research centre as a page's header.</summary>
    private static bool IsResearchHeader(ReadOnlySpan<char> s)
    {
        int space = s.IndexOf(' ');
        if (s.Length > 20 || space < 2 || s[(space + 1)..].Contains(' '))
        {
            return false;
        }

        ReadOnlySpan<char> firm = s[..space], unit = s[(space + 1)..];
        return IsAllHangul(firm) && (firm.EndsWith("증권", StringComparison.Ordinal) || firm.EndsWith("자산운용", StringComparison.Ordinal))
            && (unit.SequenceEqual("리서치센터") || unit.SequenceEqual("리서치본부") || unit.SequenceEqual("리서치"));
    }

    /// <summary>"오후 1시~2시까지 집계한 결과입니다.": a ranking widget's note on how it was counted (short and polite).</summary>
    private static bool IsRankingNote(ReadOnlySpan<char> s) => s.Length <= 40 && IsPoliteNote(s) && s.Contains("집계", StringComparison.Ordinal);

    /// <summary>A section heading of the page (a lone section word or a section label), which after the story heads a list.</summary>
    internal static bool IsSectionHeading(ReadOnlySpan<char> s) => IsLoneLabel(s) || IsSectionLabel(s);

    /// <summary>Words after an outlet's name that make the line a link to one of its editions ("가온일보 모바일").</summary>
    private static readonly string[] EditionWords = ["모바일", "모바일웹", "앱", "PC", "PC버전", "홈", "홈페이지", "전자판", "지면보기"];

    /// <summary>Polite offers of an ad ("… 계좌 개설하고 수수료 혜택 받으세요"): a benefit word and a request.</summary>
    private static readonly string[] OfferWords = ["혜택", "이벤트", "할인", "캐시백", "경품", "쿠폰", "지금 확인", "낮추세요", "조회하고"];

    /// <summary>Notes of a portal about the stories it carries ("NURI 뉴스는 제휴 언론사의 기사를 편집 없이 전달합니다.").</summary>
    private static readonly string[] PortalNoteWords = ["제휴 언론사", "언론사의 기사", "언론사가 제공", "언론사에서 제공", "해당 언론사", "언론사의 분류"];

    /// <summary>
    /// Lines of a broadcast script and of portal and newsletter pages that other rules miss: "◀ 앵커 ▶", "▶ 인터뷰 : 이경호 /
    /// 소속", a programme name ("HNB 뉴스9"), a press-wire dateline ("서울--(보도자료온)--2035년 03월 04일"), an issue bar
    /// ("청람 마켓모닝 | 2036년 9월 8일 월요일 No.512"), an edition link ("가온일보 모바일").
    /// </summary>
    private static bool IsBroadcastOrEditionLine(ReadOnlySpan<char> s)
    {
        if (s.Length > 60)
        {
            return false;
        }

        // "◀ 앵커 ▶", "◀ 리포트 ▶".
        if (s.Length >= 4 && s[0] is '◀' or '◁' && s[^1] is '▶' or '▷' && IsOneOf(s[1..^1].Trim(), ScriptLabels))
        {
            return true;
        }

        // "▶ 인터뷰 : 이경호 / 전국노동자연대 정책실장": a super with a label, a colon, a name and an affiliation.
        if (s[0] is '▶' or '▷' && s.IndexOf(':') is int colon and > 1 && IsOneOf(s[1..colon].Trim(), ScriptLabels))
        {
            ReadOnlySpan<char> rest = s[(colon + 1)..].Trim();
            int slash = rest.IndexOf('/');
            return slash is >= 2 and <= 6 && IsAllHangul(rest[..slash].Trim()) && !EndsLikeSentence(rest);
        }

        int space = s.IndexOf(' ');
        if (space > 0 && !s[(space + 1)..].Contains(' '))
        {
            ReadOnlySpan<char> first = s[..space], second = s[(space + 1)..];

            // "HNB 뉴스9", "KBN 뉴스데스크": an upper-case brand and a news programme.
            if (first.Length is >= 2 and <= 5 && !first.ContainsAnyExceptInRange('A', 'Z') && second.StartsWith("뉴스", StringComparison.Ordinal)
                && second.Length is > 2 and <= 6 && !second[2..].ContainsAnyExcept("0123456789데스크라인투나이트"))
            {
                return true;
            }

            if (IsOutletName(first) && IsOneOf(second, EditionWords))
            {
                return true;
            }

            // "소나무은행 뉴스룸": a company's newsroom; "매일산업신문 IT·게임": an outlet and its section.
            if ((second.SequenceEqual("뉴스룸") && first.Length <= 10 && IsAllHangul(first)) || (IsOutletName(first) && (SectionWords.Contains(second) || IsSectionLabel(second))))
            {
                return true;
            }
        }

        // "서울--(보도자료온)--2035년 03월 04일".
        if (s.IndexOf("--(", StringComparison.Ordinal) is int open and > 0 && s.IndexOf(")--", StringComparison.Ordinal) > open)
        {
            return true;
        }

        // "청람 마켓모닝 | 2036년 9월 8일 월요일 No.512": a newsletter's name, its date and its issue number.
        int bar = s.IndexOf('|');
        return bar > 0 && (s.Contains("No.", StringComparison.Ordinal) || s.Contains("제", StringComparison.Ordinal) && s.Contains("호", StringComparison.Ordinal))
            && s[(bar + 1)..].Contains("년", StringComparison.Ordinal) && s[(bar + 1)..].Contains("일", StringComparison.Ordinal) && !EndsLikeSentence(s);
    }

    /// <summary>
    /// "기사 제공 한빛일보", "댓글 148개", "[테크파도 컨퍼런스] … 사전등록 진행 중 ▶ 바로가기": a credit of the story's supplier, a
    /// comment count, a banner ending in a link button.
    /// </summary>
    private static bool IsPortalWidget(ReadOnlySpan<char> s)
    {
        if (s.Length <= 30 && (s.StartsWith("기사 제공 ", StringComparison.Ordinal) || s.StartsWith("기사제공 ", StringComparison.Ordinal)))
        {
            return true;
        }

        // A "▶ …" line is left to the link rules (a link of a list, or a subheading).
        ReadOnlySpan<char> t = s.TrimEnd(" ▶>›".AsSpan());
        return s.Length <= 80 && s[0] is not ('▶' or '☞' or '▷' or '►' or '→' or '➤')
            && (t.EndsWith("바로가기", StringComparison.Ordinal) || t.EndsWith("보러가기", StringComparison.Ordinal) || t.EndsWith("자세히 보기", StringComparison.Ordinal))
            && !EndsLikeSentence(t[..^4].TrimEnd(" ▶>·|-".AsSpan()));
    }

    /// <summary>
    /// A polite note of a portal about the stories it carries, or an ad's polite offer: "NURI 뉴스는 제휴 언론사의 기사를 편집
    /// 없이 전달합니다.", "… 계좌 개설하고 수수료 혜택 받으세요".
    /// </summary>
    private static bool IsPortalNote(ReadOnlySpan<char> s) =>
        s.Length <= 100 && IsPoliteNote(s) && !s.ContainsAny(Quotes) && ContainsAny(s, PortalNoteWords) && !RelatedHeaders.ContainsAny(s);

    private static bool IsOffer(ReadOnlySpan<char> s) =>
        s.Length <= 60 && s.TrimEnd(" .!".AsSpan()).EndsWith("세요", StringComparison.Ordinal) && !s.ContainsAny(Quotes) && ContainsAny(s, OfferWords);

    /// <summary>"Hanul Motors CEO … in Seoul, April 15. Courtesy of Hanul Motors": an English caption ending in its credit.</summary>
    private static bool IsEnglishCourtesyCaption(ReadOnlySpan<char> s)
    {
        if (s.Length > 250 || s.ContainsAnyExceptInRange('\u0020', '\u007E'))
        {
            return false;
        }

        int period = s.LastIndexOf(". ");
        if (period < 10)
        {
            return false;
        }

        ReadOnlySpan<char> tail = s[(period + 2)..].Trim();
        return tail.Length <= 40 && !EndsLikeSentence(tail) && (tail.StartsWith("Courtesy of ", StringComparison.Ordinal)
            || tail.StartsWith("Photo by ", StringComparison.Ordinal) || tail.StartsWith("Photo: ", StringComparison.Ordinal)
            || tail.StartsWith("Photo courtesy", StringComparison.Ordinal));
    }

    /// <summary>Heads and tails of a list header with a section between them ("많이 본 경제 뉴스", "인기 증권 기사").</summary>
    private static readonly string[] HeaderHeads = ["많이 본", "많이본", "인기", "주요", "최신", "추천", "화제의", "오늘의", "실시간", "핫"];

    private static readonly string[] HeaderTails = ["뉴스", "기사", "포토", "영상", "칼럼", "리포트"];

    /// <summary>"많이 본 경제 뉴스": a list header with a section word between its head and its tail.</summary>
    private static bool IsSectionHeader(ReadOnlySpan<char> core)
    {
        if (core.Length > 20)
        {
            return false;
        }

        foreach (string head in HeaderHeads)
        {
            if (core.Length > head.Length + 1 && core.StartsWith(head, StringComparison.Ordinal) && core[head.Length] == ' ')
            {
                ReadOnlySpan<char> rest = core[(head.Length + 1)..];
                int space = rest.IndexOf(' ');
                return space > 0 && SectionWords.Contains(rest[..space]) && IsOneOf(rest[(space + 1)..], HeaderTails);
            }
        }

        return false;
    }

    /// <summary>A list bullet at the start of a line ("- …", "· …", "• …").</summary>
    internal static bool IsListBullet(ReadOnlySpan<char> s) => s.Length > 2 && s[0] is '-' or '·' or '•' or 'ㆍ' or '▪' or '◦' && s[1] == ' ';

    /// <summary>
    /// A sentence of the story's body, as opposed to a headline that happens to end in a verb ("… 공장 짓는다"): a body
    /// sentence that ends with a period, or a long one.
    /// </summary>
    internal static bool IsLeadSentence(ReadOnlySpan<char> s) =>
        IsBodySentence(s) && (s.Length >= 80 || s.TrimEnd(" \"'”’)".AsSpan()) is [.., '.' or '。' or '!']);
}
