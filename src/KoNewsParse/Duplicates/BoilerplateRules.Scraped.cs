namespace KoNewsParse.Duplicates;

/// <summary>
/// Shapes of pages scraped one button per line (a lone "댓글", "듣기", "PDF 다운로드"), government and press-release pages
/// (attachment lists, open-licence notes, satisfaction surveys), wire photo captions and credits, and tickers without bars.
/// </summary>
internal static partial class BoilerplateRules
{
    /// <summary>Buttons and field labels that, alone on a line, are page UI (closed class: reader tools, inputs, switches).</summary>
    private static readonly PhraseSet LoneButtons = new(
    [
        "댓글", "좋아요", "싫어요", "듣기", "음성으로 듣기", "가", "가가", "X", "섹션", "지면보기", "글자크기조정", "글자크기 조정",
        "기사검색", "기사 검색", "PDF 다운로드", "PDF", "평가하기", "이메일 주소", "이메일 주소 입력", "이메일을 입력하세요",
        "텍스트 음성 변환 서비스 사용하기", "지도 검색", "매우만족 만족 보통 불만족 매우불만족", "오늘의 신문 보기", "댓글 운영 원칙",
        "댓글 운영원칙",
    ]);

    /// <summary>Labels that head a list of tags given one per line ("태그", then "스테이블코인", "결제", …).</summary>
    internal static bool IsTagHeader(ReadOnlySpan<char> s) => IsOneOf(s, TagLabels);

    /// <summary>An item of a one-per-line tag list: one or two short words, no figures, no sentence.</summary>
    internal static bool IsTagItem(ReadOnlySpan<char> s) =>
        s.Length is >= 1 and <= 12 && s.Count(' ') <= 1 && !s.ContainsAnyInRange('0', '9') && !EndsLikeSentence(s);

    /// <summary>Phrases of a page's satisfaction survey or reader prompt ("이 페이지에서 제공하는 정보에 대하여 만족하십니까?").</summary>
    private static readonly string[] SurveyPhrases = ["만족하십니까", "만족하셨나요", "만족하셨습니까", "도움이 되었습니까", "하시겠습니까"];

    /// <summary>
    /// A line that is only page UI when scraped alone: a button or input label (<see cref="LoneButtons"/>) or the first half
    /// of a prompt, "이 기사가 좋으셨다면".
    /// </summary>
    private static bool IsLoneButton(ReadOnlySpan<char> s)
    {
        if (s.Length > 40)
        {
            return false;
        }

        if (LoneButtons.Contains(s) || LoneButtons.Contains(s.TrimEnd(" ▼▲".AsSpan())))
        {
            return true;
        }

        // "이 기사가 좋으셨다면", "기사가 유익하셨다면": the first half of a prompt whose button is on the next line.
        ReadOnlySpan<char> t = s.TrimEnd(" ,".AsSpan());
        return t.Length <= 20 && (t.StartsWith("이 기사가", StringComparison.Ordinal) || t.StartsWith("기사가", StringComparison.Ordinal))
            && (t.EndsWith("셨다면", StringComparison.Ordinal) || t.EndsWith("셨나요", StringComparison.Ordinal));
    }

    /// <summary>A page's satisfaction survey or a portal's question to the reader ("… 만족하십니까?", "관심 언론사로 설정하시겠습니까?").</summary>
    private static bool IsSurveyQuestion(ReadOnlySpan<char> s) => s.Length <= 80 && s.Contains('?') && ContainsAny(s, SurveyPhrases);

    /// <summary>Language switches ("KOR | ENG", "한국어 | English").</summary>
    private static readonly string[] LanguageWords = ["KOR", "ENG", "KR", "EN", "JP", "CN", "한국어", "English", "中文", "日本語", "한글", "영문"];

    private static bool IsLanguageSwitch(ReadOnlySpan<char> s)
    {
        if (s.Length > 40 || s.IndexOf('|') < 0)
        {
            return false;
        }

        for (int pos = 0; pos <= s.Length;)
        {
            if (!IsOneOf(NextSegment(s, ref pos, "|", anyChar: true).Trim(), LanguageWords))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Bylines and credits of other shapes: "[세명신문 최도현 기자] 2035-07-08 05:30" (a bracketed byline and a timestamp),
    /// "김도윤 입력 2038. 10. 5. 10:12 수정 …" (a bare name before the timestamps), "(서울=동방뉴스) 박소연 기자 = 트위터 @…"
    /// (a wire graphic's credit), "에디터 강소연, 류하람", "[보도자료 문의] …" and a desk alone ("미래산업부").
    /// </summary>
    private static bool IsOtherByline(ReadOnlySpan<char> s)
    {
        if (s.Length > 120)
        {
            return false;
        }

        if (s[0] == '[' && s.IndexOf(']') is int close and > 3)
        {
            ReadOnlySpan<char> inner = s[1..close].Trim(), rest = s[(close + 1)..].Trim();
            if (inner.EndsWith("문의", StringComparison.Ordinal) && inner.Length <= 10)
            {
                return true;
            }

            if (EndsWithAny(inner, Titles) && inner.Count(' ') is >= 1 and <= 3 && rest.Length is >= 8 and <= 25
                && !rest.ContainsAnyExcept("0123456789-.:/ ()"))
            {
                return true;
            }
        }

        // "김도윤 입력 2038. 10. 5. 10:12": a name of two to four syllables, then a timestamp with its label.
        int space = s.IndexOf(' ');
        if (space is >= 2 and <= 4 && IsAllHangul(s[..space]) && s.Length <= 70 && StartsWithAny(s[(space + 1)..], MetadataWords)
            && IsMetadata(s[(space + 1)..]))
        {
            return true;
        }

        // "(서울=동방뉴스) 박소연 기자 = 트위터 @dongbang_graphics".
        if (s[0] == '(' && s.IndexOf(") ", StringComparison.Ordinal) is int paren and > 2 && s[..paren].Contains('=')
            && s.IndexOf(" = ", StringComparison.Ordinal) is int equals and > 0 && equals > paren)
        {
            ReadOnlySpan<char> after = s[(equals + 3)..].Trim();
            if (after.Length <= 40 && (after.Contains('@') || after.StartsWith("트위터", StringComparison.Ordinal)) && !EndsLikeSentence(after))
            {
                return true;
            }
        }

        // "에디터 강소연, 류하람", "글 한서윤 · 사진 정다온": a credit word and names.
        foreach (string role in (ReadOnlySpan<string>)["에디터", "글", "사진", "편집", "진행", "구성", "연구원", "애널리스트"])
        {
            if (s.Length > role.Length + 3 && s.StartsWith(role, StringComparison.Ordinal) && s[role.Length] == ' ' && IsNameList(s[(role.Length + 1)..]))
            {
                return true;
            }
        }

        return IsDesk(s) && s.Length >= 4 && s.EndsWith("부", StringComparison.Ordinal);
    }

    /// <summary>"강소연, 류하람", "한서윤·정다온": names of two to four syllables separated by commas or middle dots.</summary>
    private static bool IsNameList(ReadOnlySpan<char> s)
    {
        int names = 0;
        for (int pos = 0; pos <= s.Length;)
        {
            ReadOnlySpan<char> name = NextSegment(s, ref pos, ",·", anyChar: true).Trim();
            if (name.Length is < 2 or > 4 || !IsAllHangul(name))
            {
                return false;
            }

            names++;
        }

        return names >= 1;
    }

    /// <summary>
    /// A wire photo caption: "(서울=누리통신) 사진공동취재단 = 28일 … 두드리고 있다. 2036.5.28" (the wire's dateline, a photo
    /// credit or a photographer, and a caption that ends in the date).
    /// </summary>
    private static bool IsWirePhotoCaption(ReadOnlySpan<char> s)
    {
        if (s.Length > 250 || s[0] != '(' || s.IndexOf(')') is not (> 2 and var close) || !s[..close].Contains('='))
        {
            return false;
        }

        ReadOnlySpan<char> rest = s[(close + 1)..].TrimStart();
        if (rest.StartsWith("사진공동취재단", StringComparison.Ordinal) || rest.StartsWith("사진", StringComparison.Ordinal))
        {
            return true;
        }

        // A photographer's byline and a caption ending in its date ("… 있다. 2036.5.28").
        ReadOnlySpan<char> last = LastWord(s.TrimEnd());
        return rest.Contains(" 기자 = ", StringComparison.Ordinal) && last.Length is >= 8 and <= 10 && last.Count('.') == 2
            && !last.ContainsAnyExcept("0123456789.");
    }

    /// <summary>"코스피 2,951.40 ▲38.72 코스닥 864.22 ▲9.15 원/달러 1,351.8 ▼7.4": three or more quotes without bars.</summary>
    private static bool IsSpacedTicker(ReadOnlySpan<char> s)
    {
        if (s.Length > 160 || s.IndexOf('|') >= 0 || s.IndexOfAny("▲▼") < 0)
        {
            return false;
        }

        // Each quote: one or two name words, a price, an arrowed change.
        int quotes = 0, names = 0;
        bool price = false;
        for (int pos = 0; pos <= s.Length;)
        {
            ReadOnlySpan<char> token = NextSegment(s, ref pos, " ", anyChar: true);
            if (token.IsEmpty)
            {
                continue;
            }

            bool number = char.IsAsciiDigit(token[0]) && !token.ContainsAnyExcept(FigureChars);
            bool change = token.Length >= 2 && token[0] is '▲' or '▼' && !token[1..].ContainsAnyExcept("0123456789,.%");
            if (change)
            {
                if (!price)
                {
                    return false;
                }

                (quotes, names, price) = (quotes + 1, 0, false);
            }
            else if (number)
            {
                if (price || names == 0)
                {
                    return false;
                }

                price = true;
            }
            else if (++names > 2 || price)
            {
                return false;
            }
        }

        return quotes >= 3 && names == 0 && !price;
    }

    /// <summary>
    /// Lines of a press release's end: "붙임 1. … 공고문 1부." and "2. 지원 기술 목록 1부. 끝." (attachments counted in 부), and
    /// an open-licence note ("… 공공누리 제1유형으로 개방하여 …").
    /// </summary>
    private static bool IsAttachmentListLine(ReadOnlySpan<char> s)
    {
        if (s.Length > 100)
        {
            return false;
        }

        if (s.StartsWith("붙임", StringComparison.Ordinal) && (s.Length == 2 || s[2] is ' ' or ':' or '1'))
        {
            return true;
        }

        ReadOnlySpan<char> t = s.TrimEnd(" .".AsSpan());
        t = t.EndsWith("끝", StringComparison.Ordinal) ? t[..^1].TrimEnd(" .".AsSpan()) : t;
        return t.Length >= 4 && t[^1] == '부' && char.IsAsciiDigit(t[^2]) && char.IsAsciiDigit(s[0]) && s.Length <= 60;
    }

    /// <summary>
    /// An outlet's name with its web address ("&lt;이코노뷰 econoview.example&gt;"), a newsletter's issue ("모닝머니레터 No.412",
    /// "[제1789호] 2039.04.22"), a programme name alone ("뉴스9").
    /// </summary>
    private static bool IsOutletAddressOrIssue(ReadOnlySpan<char> s)
    {
        if (s.Length > 40)
        {
            return false;
        }

        ReadOnlySpan<char> t = s.Trim("<>〈〉()[] ".AsSpan());
        int space = t.LastIndexOf(' ');
        if (space > 0 && IsDomain(t[(space + 1)..]) && !t[..space].Contains(' '))
        {
            return true;
        }

        if (s.IndexOf(" No.", StringComparison.Ordinal) is int no and > 0 && no + 4 < s.Length && IsNumber(s[(no + 4)..].Trim()))
        {
            return true;
        }

        if (s.StartsWith("[제", StringComparison.Ordinal) && s.IndexOf("호]", StringComparison.Ordinal) is int issue and > 2)
        {
            ReadOnlySpan<char> date = s[(issue + 2)..].Trim();
            return date.IsEmpty || !date.ContainsAnyExcept("0123456789.-/ ");
        }

        return s.Length is > 2 and <= 5 && s.StartsWith("뉴스", StringComparison.Ordinal) && IsNumber(s[2..]);
    }

    /// <summary>"econoview.example", "www.example.co.kr": letters, digits, dots and hyphens with a dot before a final label.</summary>
    private static bool IsDomain(ReadOnlySpan<char> s)
    {
        int dot = s.LastIndexOf('.');
        return s.Length >= 5 && dot > 0 && s.Length - dot - 1 is >= 2 and <= 10 && !s.ContainsAnyExcept("abcdefghijklmnopqrstuvwxyz0123456789.-")
            && char.IsAsciiLetter(s[^1]);
    }

    /// <summary>"한지우 핀로그 에디터. 결제와 디지털자산을 주로 씁니다.": a contributor line and a short self-introduction.</summary>
    private static bool IsSelfIntroduction(ReadOnlySpan<char> s)
    {
        int period = s.IndexOf(". ", StringComparison.Ordinal);
        if (s.Length > 90 || period < 5)
        {
            return false;
        }

        ReadOnlySpan<char> head = s[..period], rest = s[(period + 2)..];
        int space = head.IndexOf(' ');
        return space is >= 2 and <= 4 && IsAllHangul(head[..space]) && head.Count(' ') <= 3
            && (EndsWithAny(head, Titles) || EndsWithAny(head, ContributorTitles)) && rest.Length <= 50 && IsPoliteNote(rest);
    }

    /// <summary>Labels of a programme's credits at the top of a broadcast transcript ("■ 진행 : 오지현 아나운서").</summary>
    private static readonly string[] ProgrammeFields = ["방송", "진행", "대담", "출연", "방송일시", "일시", "프로그램", "담당부서", "담당자", "책임자"];

    /// <summary>Words of an outlet's ethics pledge ("… 인터넷신문위원회 자율심의를 준수합니다.").</summary>
    private static readonly string[] EthicsWords = ["위원회", "윤리강령", "자율심의", "실천요강", "편집원칙"];

    /// <summary>
    /// Page furniture of transcripts, live pages and English wires: "■ 진행 : 오지현 아나운서", "담당부서: …", "[데일리온
    /// 페이스북] [데일리온 X] [공유]", "← 뉴스", "🔊 ⋮ 가", "X(트위터) @handle", "지역, 단지명, 지하철역 검색", "이 단지 시세 보기 ▶
    /// …", "이번 주 레터 목차", "① … ② … ③ …" (a table of contents on one line).
    /// </summary>
    private static bool IsTranscriptOrWidgetLine(ReadOnlySpan<char> s)
    {
        if (s.Length > 120)
        {
            return false;
        }

        // "■ 방송 : KFM 라디오 <…>", "담당부서: 은행감독국 가계신용팀 | 책임자: …".
        ReadOnlySpan<char> core = s.TrimStart("■□◆◇ ".AsSpan());
        int colon = core.IndexOf(':');
        if (colon > 0 && IsOneOf(core[..colon].Trim(), ProgrammeFields) && !EndsLikeSentence(core))
        {
            return true;
        }

        if (s.Length <= 60 && s[0] == '[' && s[^1] == ']' && IsBracketedButtons(s))
        {
            return true;
        }

        // "← 뉴스", "‹ 목록": a back link.
        if (s.Length <= 12 && s[0] is '←' or '‹' or '〈' && s.Length > 2 && s[1] == ' ')
        {
            return true;
        }

        // "🔊 ⋮ 가": icons and at most one UI word.
        if (s.Length <= 12 && IsIconLine(s))
        {
            return true;
        }

        // "X(트위터) @hanuri_graphic": a social handle alone with its network.
        if (s.Length <= 40 && s.Contains('@') && s.IndexOf(" @", StringComparison.Ordinal) is int at and > 0 && !HasEmail(s, out _) && s[(at + 2)..].IndexOf(' ') < 0)
        {
            return true;
        }

        // "지역, 단지명, 지하철역 검색": a search box's placeholder.
        if (s.Length <= 30 && s.EndsWith(" 검색", StringComparison.Ordinal) && s.Contains(',') && !EndsLikeSentence(s))
        {
            return true;
        }

        // "이 단지 시세 보기 ▶ 한강리버뷰 84㎡ 실거래가 추이": a widget's link.
        if (s.Length <= 60 && s.IndexOfAny('▶', '>') > 0 && (s.Contains("보기 ▶", StringComparison.Ordinal) || s.Contains("보기 >", StringComparison.Ordinal)))
        {
            return true;
        }

        // "이번 주 레터 목차", and a table of contents on one line ("① 美 고용 쇼크 ② 다시 불안한 전세 ③ …").
        if (s.Length <= 16 && s.EndsWith("목차", StringComparison.Ordinal))
        {
            return true;
        }

        if (s[0] is < '①' or > '⑳')
        {
            return false;
        }

        int circled = 0;
        foreach (char c in s)
        {
            circled += c is >= '①' and <= '⑳' ? 1 : 0;
        }

        return circled >= 3 && s[0] is >= '①' and <= '⑳' && !EndsLikeSentence(s);
    }

    /// <summary>"[데일리온 페이스북] [데일리온 X] [공유]": bracketed buttons only, each ending in a UI word.</summary>
    private static bool IsBracketedButtons(ReadOnlySpan<char> s)
    {
        int buttons = 0;
        ReadOnlySpan<char> rest = s;
        while (!rest.IsEmpty)
        {
            if (rest[0] != '[' || rest.IndexOf(']') is not (> 1 and var close))
            {
                return false;
            }

            ReadOnlySpan<char> inner = rest[1..close].Trim();
            ReadOnlySpan<char> last = LastWord(inner);
            if (!(IsShareUi(last) || IsOneOf(last, UiStrongSingle) || last.SequenceEqual("X")))
            {
                return false;
            }

            buttons++;
            rest = rest[(close + 1)..].TrimStart();
        }

        return buttons >= 2;
    }

    /// <summary>Icons, and at most one word, a UI word: "🔊 ⋮ 가", "☰ 🔍".</summary>
    private static bool IsIconLine(ReadOnlySpan<char> s)
    {
        int symbols = 0, i = 0, words = 0;
        foreach (char c in s)
        {
            symbols += !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c) && !char.IsLowSurrogate(c) ? 1 : 0;
        }

        for (ReadOnlySpan<char> word = NextWord(s, ref i); !word.IsEmpty; word = NextWord(s, ref i))
        {
            if (++words > 1 || !UiWords.Contains(word))
            {
                return false;
            }
        }

        return symbols >= 2;
    }

    /// <summary>
    /// Notices of an outlet about its ethics or about citing it: "데일리온은 인터넷신문위원회 자율심의를 준수합니다.", "☞ 본 자료를
    /// 인용 보도할 경우 출처를 표기하여 주십시오.", "▶ 인터뷰 내용 인용 시 … 출처를 밝혀 주십시오.".
    /// </summary>
    private static bool IsEthicsOrCitationNotice(ReadOnlySpan<char> s)
    {
        if (s.Length > 120 || !IsPoliteNote(s) || s.ContainsAny(Quotes))
        {
            return false;
        }

        return (s.Contains("준수합니다", StringComparison.Ordinal) && ContainsAny(s, EthicsWords))
            || (s.Contains("인용", StringComparison.Ordinal) && s.Contains("출처", StringComparison.Ordinal));
    }

    /// <summary>
    /// English wire furniture: "Business &gt; Autos &amp; Transportation" (a breadcrumb), "June 17, 2037 7:42 AM GMT+9 Updated 2
    /// hours ago" (a timestamp), "Reporting by … ; Editing by …" (credits), "Suggested Topics: A | B" (tags), "… File Photo
    /// Purchase Licensing Rights" (a photo's licence link).
    /// </summary>
    private static bool IsEnglishWireFurniture(ReadOnlySpan<char> s)
    {
        if (s.Length > 250 || s.ContainsAnyExceptInRange('\u0020', '\u007E'))
        {
            return false;
        }

        if (s.StartsWith("Reporting by ", StringComparison.Ordinal) || s.StartsWith("Writing by ", StringComparison.Ordinal)
            || s.Contains("; Editing by ", StringComparison.Ordinal) || s.StartsWith("Editing by ", StringComparison.Ordinal))
        {
            return true;
        }

        // "Business > Autos & Transportation": section words and capitalized words between '>'.
        if (s.Length <= 60 && s.Contains(" > ", StringComparison.Ordinal) && !s.ContainsAnyInRange('0', '9'))
        {
            bool all = true;
            for (int pos = 0; pos <= s.Length && all;)
            {
                ReadOnlySpan<char> segment = NextSegment(s, ref pos, " > ", anyChar: false).Trim();
                all = !segment.IsEmpty && char.IsAsciiLetterUpper(segment[0]) && segment.Count(' ') <= 3;
            }

            if (all && SectionWords.Contains(s[..s.IndexOf(" > ", StringComparison.Ordinal)]))
            {
                return true;
            }
        }

        // "June 17, 2037 7:42 AM GMT+9 Updated 2 hours ago": a month first, a year and a clock.
        if (s.Length <= 70 && StartsWithAny(s, EnglishMonths) && s.Contains(':') && (s.Contains(" AM", StringComparison.Ordinal) || s.Contains(" PM", StringComparison.Ordinal)))
        {
            return true;
        }

        return s.EndsWith("Licensing Rights", StringComparison.Ordinal) || s.Contains("/File Photo", StringComparison.Ordinal);
    }

    /// <summary>"Suggested Topics: Autos &amp; Transportation | Electric Vehicles": an English wire's topic links.</summary>
    private static bool IsEnglishTopics(ReadOnlySpan<char> s) =>
        s.Length <= 200 && s.StartsWith("Suggested Topics:", StringComparison.Ordinal) && !EndsLikeSentence(s);

    /// <summary>
    /// Bracketed broadcast supers ("[이현수 / 한울투자증권 연구위원]") and credit lines with a label ("라이브 블로그 참여: 박소연·김재훈
    /// 기자").
    /// </summary>
    private static bool IsSuperOrCreditList(ReadOnlySpan<char> s)
    {
        if (s.Length > 60)
        {
            return false;
        }

        if (s[0] == '[' && s[^1] == ']' && s.IndexOf(" / ", StringComparison.Ordinal) is int slash and > 2)
        {
            ReadOnlySpan<char> name = s[1..slash].Trim(), affiliation = s[(slash + 3)..^1].Trim();
            return name.Length is >= 2 and <= 4 && IsAllHangul(name) && EndsWithAny(affiliation, ContributorTitles);
        }

        int colon = s.IndexOf(": ", StringComparison.Ordinal);
        if (colon is > 1 and <= 16)
        {
            ReadOnlySpan<char> names = s[(colon + 2)..].Trim();
            names = EndsWithAny(names, Titles) ? names[..names.LastIndexOf(' ')].Trim() : names;
            return names.Contains('·') && IsNameList(names);
        }

        return false;
    }

    /// <summary>"홍서윤 교수는": the first line of an author's biography, a name, a title and the topic particle alone.</summary>
    internal static bool IsBiographyHead(ReadOnlySpan<char> s)
    {
        int space = s.IndexOf(' ');
        if (s.Length > 14 || space is < 2 or > 4 || !IsAllHangul(s[..space]))
        {
            return false;
        }

        ReadOnlySpan<char> title = s[(space + 1)..];
        return title.Length >= 2 && title[^1] is '는' or '은' && !title.Contains(' ')
            && (EndsWithAny(title[..^1], ContributorTitles) || EndsWithAny(title[..^1], Titles));
    }

    /// <summary>A period followed by more text inside the line ("… 추정. 북미 …"), not an abbreviation at its end.</summary>
    internal static bool HasInnerSentenceBreak(ReadOnlySpan<char> s)
    {
        int period = s.IndexOf(". ", StringComparison.Ordinal);
        return period > 1 && IsHangul(s[period - 1]) && period + 2 < s.Length;
    }

    /// <summary>A line that tells a career ("… 박사 학위를 받았다. … 부회장을 지냈다.").</summary>
    internal static bool TellsCareer(ReadOnlySpan<char> s) => s.Length <= 250 && ContainsAny(s, CareerMarkers);

    /// <summary>
    /// A plain declarative sentence of at least 20 characters ("… 밝혔다.", "… 있다"), the shape of a story's own lines; polite
    /// endings ("…습니다.") and questions are not, since notices and prompts use them.
    /// </summary>
    internal static bool IsPlainDeclarative(ReadOnlySpan<char> s)
    {
        if (s.Length < 20)
        {
            return false;
        }

        ReadOnlySpan<char> t = s.TrimEnd(" \"'”’)]".AsSpan());
        t = t.Length > 0 && t[^1] == '.' ? t[..^1] : t;
        return t.Length >= 2 && t[^1] == '다' && t[^2] != '니';
    }

    /// <summary>The page-chrome shapes of the ShareUi group that a plain sentence never has (see <see cref="IsPlainDeclarative"/>).</summary>
    /// <remarks>Each shape is tried only where its mark is on the line (a bar, a question mark, a triangle) or it is short enough.</remarks>
    private static bool IsPageChrome(ReadOnlySpan<char> s)
    {
        int length = s.Length;
        bool bar = s.Contains('|');
        if (bar && (IsToolBar(s) || IsTickerBar(s) || IsOutletTagline(s) || IsLanguageSwitch(s)))
        {
            return true;
        }

        if (s.Contains('?') && (IsQuestionWithCounters(s) || IsSurveyQuestion(s)))
        {
            return true;
        }

        if (!bar && s.IndexOfAny('▲', '▼') >= 0 && IsSpacedTicker(s))
        {
            return true;
        }

        if (length <= 40 && (IsMarkerOrLabel(s) || IsCommentCounter(s) || IsOutletButton(s) || IsResearchHeader(s) || IsOutletAddressOrIssue(s)))
        {
            return true;
        }

        if (length <= 80 && (IsPortalWidget(s) || (length <= 40 && IsLoneButton(s))))
        {
            return true;
        }

        return (s[0] == '붙' || char.IsAsciiDigit(s[0])) && IsAttachmentListLine(s) || (length <= 120 && IsTranscriptOrWidgetLine(s));
    }

    /// <summary>The byline and credit shapes that a plain sentence never has.</summary>
    private static bool IsChromeByline(ReadOnlySpan<char> s) =>
        (s.Length <= 60 && IsBroadcastOrEditionLine(s)) || IsOtherByline(s) || (IsPoliteNote(s) && IsSelfIntroduction(s))
        || IsSuperOrCreditList(s) || (char.IsAsciiLetter(s[0]) && IsEnglishWireFurniture(s));
}
