namespace KoNewsParse.Duplicates;

/// <summary>The built-in per-line boilerplate rules (hand-written span scanners).</summary>
internal static class BoilerplateRules
{
    private static readonly string[] CopyrightStrong =
    [
        "무단전재", "무단 전재", "재배포 금지", "재배포금지", "재배포를 금지", "전재 및 재배포", "무단복제 금지", "무단 복제 금지",
        "ⓒ", "©", "Copyright", "COPYRIGHT", "copyright", "All rights reserved", "all rights reserved", "ALL RIGHTS RESERVED",
        "AI학습 이용 금지", "AI 학습 이용 금지", "AI 학습 및 활용 금지", "AI학습 및 활용 금지",
    ];

    private static readonly string[] RelatedHeaders = [.. HeaderCombinations(), .. RelatedPhrases()];

    private static IEnumerable<string> HeaderCombinations()
    {
        foreach (string head in (string[])["관련", "연관", "주요", "인기", "추천", "최신", "화제의", "화제", "베스트", "핫", "많이 본", "많이본", "많이 읽은", "오늘의", "지금 뜨는", "다른"])
        {
            foreach (string tail in (string[])["기사", "뉴스", "포토", "영상", "태그", "키워드"])
            {
                yield return head + tail;
                yield return head + " " + tail;
            }
        }
    }

    private static string[] RelatedPhrases() =>
    [
        "관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "연관기사", "연관 기사", "함께 보면 좋은", "함께 본 기사", "함께 볼만한",
        "많이 본 뉴스", "많이 본 기사", "많이본 뉴스", "많이본 기사", "가장 많이 본", "인기기사", "인기 기사", "인기뉴스", "인기 뉴스",
        "추천기사", "추천 기사", "추천뉴스", "추천 뉴스", "주요뉴스", "주요 뉴스", "이 시각 ", "이시각 ", "오늘의 주요", "최신기사",
        "최신 기사", "최신뉴스", "최신 뉴스", "핫이슈", "포토뉴스", "포토 뉴스", "이전기사", "이전 기사", "다음기사", "다음 기사",
        "기자의 다른 기사", "기자의 다른기사", "다른 기사 보기", "실시간 인기", "랭킹뉴스", "랭킹 뉴스", "화제의 뉴스", "많이 읽은",
        "에디터 추천", "오늘의 핫", "영상 바로가기", "기사 더보기",
    ];

    private static readonly string[] NoticeStarts =
    [
        "이 기사는", "본 기사는", "이 글은", "본 콘텐츠는", "이 콘텐츠는", "본 자료는", "이 칼럼은", "본 칼럼은", "외부 필진",
    ];

    private static readonly string[] NoticeMarkers =
    [
        "게재됐습니다", "게재되었습니다", "게재된 기사", "작성했습니다", "작성되었습니다", "작성됐습니다", "제공받아", "먼저 공개",
        "유료 서비스", "프리미엄", "투자 권유", "투자 판단", "투자권유", "편집 방향과", "편집방향과", "다를 수 있습니다", "송고됐습니다",
        "포함되어 있습니다", "출고됐습니다",
    ];

    private static readonly string[] SubscriptionStrong =
    [
        "구독하기", "구독 신청", "구독신청", "구독하세요", "구독해 주세요", "구독해주세요", "구독 버튼", "무료 구독", "무료구독",
        "채널 추가", "채널추가", "친구 추가", "친구추가", "뉴스스탠드", "네이버에서", "네이버 메인에서", "다음에서 구독", "뉴스레터",
        "기사제보", "기사 제보", "제보하기", "제보는", "제보 및 문의", "MY뉴스", "알림 받기", "알림받기", "알림 신청", "앱 다운로드",
        "앱 설치", "앱으로 보기", "구독 설정", "구독 및 좋아요", "좋아요와 구독",
    ];

    private static readonly string[] PhotoMarkers =
    [
        "사진=", "사진 =", "사진제공", "사진 제공", "사진출처", "사진 출처", "그래픽=", "그래픽 =", "자료사진", "이미지=", "캡처=",
        "영상캡처", "사진|", "[사진]", "<사진>", "사진·그래픽",
    ];

    private static readonly string[] MetadataPrefixes =
    [
        "기사입력", "최초입력", "최종수정", "최종 수정", "송고시간", "입력", "수정", "승인", "등록", "업데이트", "발행", "송고", "게재",
    ];

    private static readonly string[] Titles = ["기자", "특파원", "인턴기자", "선임기자", "객원기자", "논설위원", "통신원", "에디터", "리포터"];

    private static readonly string[] UiWords =
    [
        "공유", "공유하기", "프린트", "인쇄", "인쇄하기", "스크랩", "글자크기", "글씨크기", "글자", "글씨", "크기", "확대", "축소",
        "페이스북", "트위터", "엑스", "카카오톡", "카톡", "카카오스토리", "밴드", "네이버밴드", "라인", "url", "url복사", "링크복사",
        "주소복사", "복사", "작게", "크게", "프린트하기", "닫기", "공유하기", "이전글", "다음글", "윗글", "아랫글", "이전", "다음", "좋아요", "싫어요", "댓글", "기사저장", "저장", "북마크", "닫기", "목록", "기사듣기", "듣기", "본문듣기",
        "sns", "메일", "이메일", "보내기", "facebook", "twitter", "kakao", "print", "share", "가", "가가", "텍스트", "음성", "읽기",
        "기사", "스크랩하기", "추천", "추천하기", "퍼가기", "바로가기", "메뉴", "검색", "전체", "보기", "더보기", "x",

        // Reaction buttons ("좋아요 0 슬퍼요 0 …"; the counts are skipped as numbers).
        "훈훈해요", "슬퍼요", "화나요", "놀랐어요", "최고예요", "감동이에요", "추천해요", "응원해요", "궁금해요",
    ];

    /// <summary>Words of which a whole short line is a button ("더보기", "기자 프로필", "AI 요약 보기", "글자크기 설정").</summary>
    private static readonly string[] ButtonHeads = ["더보기", "프로필", "기자프로필", "요약", "글자크기", "글씨크기", "글꼴", "폰트"];

    /// <summary>Words that may stand next to a <see cref="ButtonHeads"/> word on a button line (lower-cased).</summary>
    private static readonly string[] ButtonQualifiers = ["기자", "기사", "ai", "본문", "전체", "보기", "설정", "변경", "열기", "닫기"];

    /// <summary>Words that may qualify a <see cref="MetadataPrefixes"/> label ("기사승인", "최초 등록").</summary>
    private static readonly string[] MetadataQualifiers = ["기사", "최초", "최종"];

    private static readonly string[] UiStrongSingle =
    [
        "공유하기", "프린트", "인쇄", "인쇄하기", "스크랩", "글자크기", "URL복사", "링크복사", "기사저장", "기사듣기", "본문듣기",
        "SNS 공유", "퍼가기", "닫기", "목록", "목록보기", "맨위로", "맨 위로", "TOP", "Top", "이전", "다음", "더 보기",
    ];

    private static readonly string[] RelatedAnywhere = ["기자의 다른 기사", "기자의 다른기사", "다른 기사 보기", "기사 더보기", "기사 모아보기"];

    private static readonly string[] CreditPrefixes = ["글·사진", "글 사진", "사진·글", "글=", "글", "사진="];

    private static readonly string[] UiPhrases = ["공유합니다", "공유하기", "스크랩하기", "인쇄하기", "기사 공유", "기사공유", "URL 복사", "링크 복사"];

    private static readonly string[] MetadataWords = ["송고", "입력", "수정", "승인", "등록", "게재", "발행", "업데이트"];

    private static readonly string[] AdvertisementLines =
    [
        "광고", "AD", "[광고]", "(광고)", "<광고>", "[AD]", "Advertisement", "ADVERTISEMENT", "Sponsored", "스폰서", "[PR]",
    ];

    public static BoilerplateKind Classify(ReadOnlySpan<char> s)
    {
        int length = s.Length;
        if (length <= 160 && (ContainsAny(s, CopyrightStrong)
            || (length <= 80 && s.Contains("저작권자", StringComparison.Ordinal) && !IsBodySentence(s))))
        {
            return BoilerplateKind.Copyright;
        }

        if (IsAdvertisement(s))
        {
            return BoilerplateKind.Advertisement;
        }

        ReadOnlySpan<char> core = StripBullets(s);
        if (length <= 80 && IsMetadata(core))
        {
            return BoilerplateKind.Metadata;
        }

        if (IsNotice(s, core))
        {
            return BoilerplateKind.Notice;
        }

        if (IsPhotoCaption(s, core))
        {
            return BoilerplateKind.PhotoCaption;
        }

        if (IsByline(s, core))
        {
            return BoilerplateKind.Byline;
        }

        if (IsSubscription(s))
        {
            return BoilerplateKind.Subscription;
        }

        if (IsRelated(s, core))
        {
            return BoilerplateKind.RelatedArticles;
        }

        if (IsShareUi(s))
        {
            return BoilerplateKind.ShareUi;
        }

        if (IsTags(s))
        {
            return BoilerplateKind.Tags;
        }

        return BoilerplateKind.None;
    }

    internal static bool ContainsAny(ReadOnlySpan<char> s, string[] markers)
    {
        foreach (string m in markers)
        {
            if (s.Contains(m, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> s, string[] markers)
    {
        foreach (string m in markers)
        {
            if (s.StartsWith(m, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBullet(char c) => c is '[' or ']' or '<' or '>' or '【' or '】' or '〈' or '〉' or '《' or '》' or '▶' or '▷'
        or '►' or '■' or '□' or '☞' or '●' or '○' or '◆' or '◇' or '★' or '☆' or '※' or '-' or '·' or '*' or '#' or '▲' or '△'
        or '|' or '→' or '=' or '/' or '「' or '」' or '『' or '』' or '(' or ')' or '•' or '◎' or '◈' or '▣' or '♥' or '♡' or ':'
        or '➤' or '✔' or '√';

    internal static ReadOnlySpan<char> StripBullets(ReadOnlySpan<char> s)
    {
        int i = 0;
        while (i < s.Length && (IsBullet(s[i]) || char.IsWhiteSpace(s[i])))
        {
            i++;
        }

        return s[i..];
    }

    /// <summary>"※ …" notes and "이 기사는 … 게재됐습니다" / investment disclaimers.</summary>
    private static bool IsNotice(ReadOnlySpan<char> s, ReadOnlySpan<char> core)
    {
        if (s.Length > 200)
        {
            return false;
        }

        if (s[0] == '※')
        {
            return true;
        }

        return StartsWithAny(core, NoticeStarts) && ContainsAny(s, NoticeMarkers);
    }

    private static bool IsAdvertisement(ReadOnlySpan<char> s)
    {
        foreach (string a in AdvertisementLines)
        {
            if (s.SequenceEqual(a))
            {
                return true;
            }
        }

        return s.Length <= 120 && (s.StartsWith("[광고]", StringComparison.Ordinal) || s.StartsWith("[AD]", StringComparison.Ordinal));
    }

    private static bool IsMetadata(ReadOnlySpan<char> core)
    {
        int digits = 0;
        foreach (char c in core)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
        }

        if (digits < 6)
        {
            return false;
        }

        if (char.IsAsciiDigit(core.IsEmpty ? ' ' : core[0]))
        {
            foreach (string word in MetadataWords)
            {
                if (core.EndsWith(word, StringComparison.Ordinal))
                {
                    core = core[..^word.Length].TrimEnd();
                    core = TrimQualifier(core, fromStart: false);
                    break;
                }
            }

            // "2021.11.25 14:35" or "2021-11-25 14:35:14" alone: only digits, separators and 오전/오후.
            foreach (char c in core)
            {
                if (!(char.IsAsciiDigit(c) || c is '.' or '-' or ':' or '/' or ' ' or ']' or ')' or '오' or '전' or '후' or '|'))
                {
                    return false;
                }
            }

            return true;
        }

        // "기사승인 2026.03.06 10:40", "최초 등록 …": a qualifier before the label.
        ReadOnlySpan<char> label = TrimQualifier(core, fromStart: true);
        foreach (string prefix in MetadataPrefixes)
        {
            if (!label.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            ReadOnlySpan<char> rest = label[prefix.Length..].TrimStart();
            rest = rest.TrimStart(" :：|일시".AsSpan());
            if (!rest.IsEmpty && char.IsAsciiDigit(rest[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Drops one <see cref="MetadataQualifiers"/> word (and the spaces next to it) from the start or the end.</summary>
    private static ReadOnlySpan<char> TrimQualifier(ReadOnlySpan<char> s, bool fromStart)
    {
        foreach (string q in MetadataQualifiers)
        {
            if (fromStart && s.StartsWith(q, StringComparison.Ordinal))
            {
                return s[q.Length..].TrimStart();
            }

            if (!fromStart && s.EndsWith(q, StringComparison.Ordinal))
            {
                return s[..^q.Length].TrimEnd();
            }
        }

        return s;
    }

    internal static bool HasEmail(ReadOnlySpan<char> s, out int emailLength)
    {
        emailLength = 0;
        int at = s.IndexOf('@');
        while (at > 0)
        {
            int a = at, b = at + 1;
            while (a > 0 && IsEmailChar(s[a - 1]))
            {
                a--;
            }

            while (b < s.Length && IsEmailChar(s[b]))
            {
                b++;
            }

            ReadOnlySpan<char> domain = s[(at + 1)..b];
            int dot = domain.IndexOf('.');
            if (a < at && dot > 0 && dot < domain.Length - 1)
            {
                emailLength = b - a;
                return true;
            }

            int next = s[(at + 1)..].IndexOf('@');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    private static bool IsEmailChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '+';

    private static bool IsHangul(char c) => c >= 0xAC00 && c <= 0xD7A3;

    private static bool IsAllHangul(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!IsHangul(c))
            {
                return false;
            }
        }

        return !s.IsEmpty;
    }

    private static bool IsByline(ReadOnlySpan<char> s, ReadOnlySpan<char> core)
    {
        if (s.Length <= 120 && HasEmail(s, out int emailLength))
        {
            if (ContainsAny(s, Titles) || s.Contains("reporter", StringComparison.OrdinalIgnoreCase)
                || emailLength * 10 >= s.Length * 4 || s.Length <= 40)
            {
                return !IsBodySentence(s) || ContainsAny(s, Titles);
            }
        }

        return IsNameTitleLine(core);
    }

    /// <summary>"홍길동 기자", "[홍길동·김철수 기자]", "글·사진=홍길동 기자", "(서울=연합뉴스) 홍길동 기자 =" alone on a line.</summary>
    private static bool IsNameTitleLine(ReadOnlySpan<char> core)
    {
        ReadOnlySpan<char> t = core.TrimEnd(" =]>)】".AsSpan());
        if (t.Length > 40)
        {
            return false;
        }

        // Drop a leading agency credit like "(서울=연합뉴스)" — StripBullets already removed the bracket, so skip to after ')'.
        int close = t.IndexOf(')');
        if (close >= 0 && close < 20)
        {
            t = t[(close + 1)..].TrimStart();
        }

        foreach (string prefix in CreditPrefixes)
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal))
            {
                t = t[prefix.Length..].TrimStart(" =:".AsSpan());
                break;
            }
        }

        // "예시경제=한도윤 기자" (outlet credit) and "예시바이오 소하람 기자" (one outlet word before the name).
        int eq = t.LastIndexOf('=');
        if (eq >= 0)
        {
            t = t[(eq + 1)..].TrimStart();
        }
        else
        {
            int firstSpace = t.IndexOf(' ');
            int lastSpace = t.LastIndexOf(' ');
            int secondSpace = firstSpace < 0 ? -1 : t[(firstSpace + 1)..].IndexOf(' ');
            if (firstSpace > 0 && secondSpace >= 0 && firstSpace + 1 + secondSpace == lastSpace && !IsAllHangul(t[..firstSpace]))
            {
                t = t[(firstSpace + 1)..];
            }
            else if (firstSpace > 0 && secondSpace >= 0 && firstSpace + 1 + secondSpace == lastSpace && t[..firstSpace].Length >= 4)
            {
                t = t[(firstSpace + 1)..];
            }
        }

        foreach (string title in Titles)
        {
            if (!t.EndsWith(title, StringComparison.Ordinal))
            {
                continue;
            }

            ReadOnlySpan<char> names = t[..^title.Length].TrimEnd();
            if (names.IsEmpty)
            {
                return false;
            }

            int run = 0, nameCount = 0;
            foreach (char c in names)
            {
                if (IsHangul(c))
                {
                    run++;
                    continue;
                }

                if (c is '·' or ',' or ' ' or '/' or '、')
                {
                    if (run > 0)
                    {
                        if (run is < 2 or > 4)
                        {
                            return false;
                        }

                        nameCount++;
                    }

                    run = 0;
                    continue;
                }

                return false;
            }

            if (run > 0)
            {
                if (run is < 2 or > 4)
                {
                    return false;
                }

                nameCount++;
            }

            return nameCount is >= 1 and <= 4;
        }

        return false;
    }

    private static bool IsPhotoCaption(ReadOnlySpan<char> s, ReadOnlySpan<char> core)
    {
        if (s.Length > 250)
        {
            return false;
        }

        // "▲ 서울 시내 한 편의점 모습": one leading triangle (body enumerations have several).
        if (s.Length <= 150 && s[0] is '▲' or '△' && s[1..].IndexOfAny('▲', '△') < 0)
        {
            return true;
        }

        // "… 본사 전경. /예시뉴스", "… 본사 / 셀트리온 제공": a short trailing "/credit".
        int slash = s.LastIndexOf('/');
        if (s.Length <= 150 && slash > 0 && s[slash - 1] == ' ')
        {
            ReadOnlySpan<char> credit = s[(slash + 1)..].Trim();
            if (credit.Length is >= 2 and <= 20 && !char.IsAsciiDigit(credit[0]) && credit.IndexOfAny('.', ':') < 0
                && (credit.IndexOf(' ') < 0 || credit.EndsWith("제공", StringComparison.Ordinal) || credit.EndsWith("촬영", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        // "… 연구소 전경 [예시모비스 제공]": a trailing bracketed credit.
        if (s.Length <= 150 && s[^1] is ']' or ')')
        {
            int open = s.LastIndexOfAny('[', '(');
            ReadOnlySpan<char> content = open < 0 ? default : s[(open + 1)..^1].Trim();
            if (open > 0 && content.Length <= 25 && (content.EndsWith("제공", StringComparison.Ordinal)
                || content.EndsWith("자료사진", StringComparison.Ordinal) || content.EndsWith("촬영", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        // "사진은 … 모습." / "사진설명 …" captions, and "… 전경. 사진 예시전자" trailing credits.
        if (s.Length <= 150 && (s.StartsWith("사진은 ", StringComparison.Ordinal) || s.StartsWith("사진설명", StringComparison.Ordinal)
            || s.StartsWith("사진 설명", StringComparison.Ordinal)))
        {
            return true;
        }

        int lastPeriod = s.LastIndexOf(". ");
        if (s.Length <= 150 && lastPeriod > 0 && s[(lastPeriod + 2)..].StartsWith("사진 ", StringComparison.Ordinal) && s.Length - lastPeriod <= 24)
        {
            return true;
        }

        foreach (string m in PhotoMarkers)
        {
            int pos = s.IndexOf(m, StringComparison.Ordinal);
            if (pos < 0)
            {
                continue;
            }

            bool atStart = pos <= s.Length - core.Length + 2;
            bool atEnd = s.Length - pos <= 45;
            if (atStart || atEnd || !IsBodySentence(s))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSubscription(ReadOnlySpan<char> s)
    {
        if (s.Length <= 120 && ContainsAny(s, SubscriptionStrong))
        {
            // "뉴스레터"/"네이버에서" also occur in body sentences; long sentence-like lines need a call to action.
            return !IsBodySentence(s) || s.Length <= 60 || s.Contains("하세요", StringComparison.Ordinal)
                || s.Contains("주세요", StringComparison.Ordinal) || s.Contains('▶') || s.Contains('☞');
        }

        if (s.Length <= 40 && (s.Contains("구독", StringComparison.Ordinal) || s.Contains("제보", StringComparison.Ordinal)))
        {
            return !IsBodySentence(s);
        }

        return false;
    }

    private static bool IsRelated(ReadOnlySpan<char> s, ReadOnlySpan<char> core)
    {
        if (s.Length <= 100 && (StartsWithAny(core, RelatedHeaders) || (s.Length <= 40 && ContainsAny(s, RelatedAnywhere))))
        {
            return true;
        }

        // Link lines: "▶ …", "☞ …", "→ …" that do not read like a sentence.
        return s.Length <= 100 && s[0] is '▶' or '☞' or '▷' or '►' or '→' or '➤' && !IsBodySentence(s);
    }

    private static bool IsShareUi(ReadOnlySpan<char> s)
    {
        if (s.Length > 80)
        {
            return false;
        }

        foreach (string single in UiStrongSingle)
        {
            if (s.SequenceEqual(single))
            {
                return true;
            }
        }

        if (s.Length <= 25 && ContainsAny(s, UiPhrases))
        {
            return true;
        }

        // ui/other: UI words and other words; heads/button: words of a button line (see ButtonHeads).
        int ui = 0, other = 0, heads = 0, button = 0;
        int i = 0;
        Span<char> lower = stackalloc char[24];
        while (i < s.Length)
        {
            while (i < s.Length && !char.IsLetterOrDigit(s[i]))
            {
                i++;
            }

            int start = i;
            while (i < s.Length && char.IsLetterOrDigit(s[i]))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            ReadOnlySpan<char> token = s[start..i];
            if (IsNumber(token))
            {
                continue;
            }

            if (token.Length <= lower.Length)
            {
                int n = token.ToLowerInvariant(lower);
                bool head = IsOneOf(lower[..n], ButtonHeads);
                heads += head ? 1 : 0;
                button += head || IsOneOf(lower[..n], ButtonQualifiers) ? 1 : 0;
                if (IsOneOf(lower[..n], UiWords))
                {
                    ui++;
                    continue;
                }
            }

            other++;
        }

        // A whole short line of at most three button words, one of them a head: "더보기", "기자 프로필", "AI 요약 보기".
        int words = ui + other;
        if (s.Length <= 20 && heads >= 1 && button == words && words <= 3)
        {
            return true;
        }

        return ui >= 2 && ui * 4 >= words * 3;
    }

    /// <summary>"#해상풍력 #특별법": every word is a hashtag.</summary>
    private static bool IsTags(ReadOnlySpan<char> s)
    {
        if (s.Length > 200 || s[0] != '#')
        {
            return false;
        }

        int i = 0;
        while (i < s.Length)
        {
            int space = s[i..].IndexOf(' ');
            ReadOnlySpan<char> word = space < 0 ? s[i..] : s.Slice(i, space);
            if (!word.IsEmpty && (word[0] != '#' || word.Length == 1))
            {
                return false;
            }

            i += word.Length + 1;
        }

        return true;
    }

    private static bool IsNumber(ReadOnlySpan<char> token)
    {
        foreach (char c in token)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOneOf(ReadOnlySpan<char> token, string[] words)
    {
        foreach (string w in words)
        {
            if (token.SequenceEqual(w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the line ends like a sentence: <c>.</c>, <c>!</c>, <c>?</c> (not an ellipsis), or a final <c>다</c>/<c>요</c>.</summary>
    internal static bool EndsLikeSentence(ReadOnlySpan<char> s)
    {
        ReadOnlySpan<char> t = s.TrimEnd(" \"'”’»」』)]>".AsSpan());
        if (t.IsEmpty)
        {
            return false;
        }

        char last = t[^1];
        if (last is '…')
        {
            return false;
        }

        if (last is '.' or '。')
        {
            return !(t.Length >= 2 && t[^2] == '.');
        }

        return last is '!' or '?' or '다' or '요' or '죠' or '까';
    }

    /// <summary>A line that reads like body text: a sentence ending and at least 30 characters.</summary>
    internal static bool IsBodySentence(ReadOnlySpan<char> s) => s.Length >= 30 && EndsLikeSentence(s);

    /// <summary>A short line with some words and no sentence ending (a headline or link text).</summary>
    internal static bool IsHeadlineLike(ReadOnlySpan<char> s, int maxLength)
    {
        if (s.Length < 6 || s.Length > maxLength || EndsLikeSentence(s) || HasEmail(s, out _))
        {
            return false;
        }

        int letters = 0;
        foreach (char c in s)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 4;
    }
}
