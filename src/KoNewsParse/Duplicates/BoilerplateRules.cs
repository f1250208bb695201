namespace KoNewsParse.Duplicates;

/// <summary>The built-in per-line boilerplate rules (hand-written span scanners).</summary>
internal static partial class BoilerplateRules
{
    private static readonly PhraseSet CopyrightStrong = new(
    [
        "무단전재", "무단 전재", "재배포 금지", "재배포금지", "재배포를 금지", "전재 및 재배포", "무단복제 금지", "무단 복제 금지",
        "ⓒ", "©", "Copyright", "COPYRIGHT", "copyright", "All rights reserved", "all rights reserved", "ALL RIGHTS RESERVED",
        "AI학습 이용 금지", "AI 학습 이용 금지", "AI 학습 및 활용 금지", "AI학습 및 활용 금지", "무단 복제·배포", "무단복제·배포",
        "복제·배포할 경우", "무단 전재·배포", "복제·배포를 금", "저작권법의 보호", "콘텐츠의 저작권은", "기사의 저작권은",
        "자료의 저작권은", "사전 동의 없이 복제", "저작권은 당사", "당사의 동의 없이", "공공누리", "Purchase Licensing Rights",
    ]);

    private static readonly PhraseSet CopyrightOwner = new(["저작권자"]);

    private static readonly PhraseSet RelatedHeaders = new([.. HeaderCombinations(), .. RelatedPhrases()]);

    private static IEnumerable<string> HeaderCombinations()
    {
        foreach (string head in (string[])["관련", "연관", "주요", "인기", "추천", "최신", "화제의", "화제", "베스트", "핫", "많이 본", "많이본", "많이 읽은", "오늘의", "지금 뜨는", "다른", "최근", "이번 호 다른", "이번호 다른", "비슷한", "유사한", "언론사 주요", "언론사 추천", "언론사 인기"])
        {
            foreach (string tail in (string[])["기사", "뉴스", "포토", "영상", "태그", "키워드", "리포트", "보도자료", "라이브", "칼럼", "인터뷰", "레터", "종목", "헤드라인", "코인", "분양"])
            {
                yield return head + tail;
                yield return head + " " + tail;
            }
        }
    }

    private static string[] RelatedPhrases() =>
    [
        "관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "연관기사", "연관 기사", "함께 보면 좋은", "함께 본 기사", "함께 볼만한", "함께 읽으면 좋은", "같이 보면 좋은", "함께 읽을 만한",
        "많이 본 뉴스", "많이 본 기사", "많이본 뉴스", "많이본 기사", "가장 많이 본", "인기기사", "인기 기사", "인기뉴스", "인기 뉴스",
        "추천기사", "추천 기사", "추천뉴스", "추천 뉴스", "주요뉴스", "주요 뉴스", "이 시각 ", "이시각 ", "오늘의 주요", "최신기사",
        "최신 기사", "최신뉴스", "최신 뉴스", "핫이슈", "핫뉴스", "핫 뉴스", "이시간 ", "이 시간 주요", "이 시간 인기", "포토뉴스", "포토 뉴스", "이전기사", "이전 기사", "다음기사", "다음 기사",
        "기자의 다른 기사", "기자의 다른기사", "다른 기사 보기", "실시간 인기", "랭킹뉴스", "랭킹 뉴스", "화제의 뉴스", "많이 읽은",
        "에디터 추천", "이런 영상", "이런 기사", "추천 영상", "Read Next", "Read next", "More Stories", "Up Next", "오늘의 핫", "영상 바로가기", "기사 더보기", "오늘의 추천", "이전글", "다음글", "이전 글", "다음 글", "이전 뉴스",
        "다음 뉴스", "인기 검색", "실시간 검색", "많이 찾는", "Related Stories", "Related Articles", "Related News", "Most Read",
        "Most Popular", "Top Stories", "Trending Now", "Trending", "More from", "Recommended", "Related:", "Read more", "Read More", "See also",
    ];

    private static readonly string[] NoticeStarts =
    [
        "이 기사는", "본 기사는", "이 글은", "본 콘텐츠는", "이 콘텐츠는", "본 자료는", "이 칼럼은", "본 칼럼은", "외부 필진",
        "당사는", "본문 요약봇", "요약봇은", "AI 요약은", "자동 요약은", "이 요약은", "본 요약은",
    ];

    private static readonly PhraseSet NoticeMarkers = new(
    [
        "게재됐습니다", "게재되었습니다", "게재된 기사", "작성했습니다", "작성되었습니다", "작성됐습니다", "제공받아", "먼저 공개",
        "유료 서비스", "프리미엄", "투자 권유", "투자 판단", "투자권유", "편집 방향과", "편집방향과", "다를 수 있습니다", "송고됐습니다",
        "포함되어 있습니다", "출고됐습니다", "제작되었습니다", "제작됐습니다", "지원을 받", "후원을 받", "협찬을 받", "지원받", "후원받",
        "협찬으로", "지원으로", "후원으로", "분류했습니다", "분류됐습니다", "아웃링크", "언론사 페이지", "수신거부", "수신 거부",
        "발송됩니다", "발송되었습니다", "작성됐으며", "작성되었으며", "도움을 받아", "검토했습니다", "검토를 거쳤습니다", "배포한",
        "권유할 목적", "투자를 권유", "법적 책임", "보유하고 있지 않습니다", "작성일 현재", "부당한 압력", "작성하였음을", "반영하지 못할",
        "갱신됩니다", "업데이트됩니다", "확인하실 수", "언론사에서 선정", "분류를 따릅니다", "분류를 따르고", "자동 추출", "요약된 내용",
        "언론사가 제공한", "책임은 해당 언론사", "검수를 거쳤습니다", "검수를 거친", "자동 작성", "자동으로 작성", "실렸습니다",
        "발신 전용", "발신전용", "요약한 내용", "제공합니다", "제휴 언론사",
    ]);

    private static readonly string[] NoticeDeterminers = ["이", "본", "이번"];

    /// <summary>What an editorial notice is about: "본 기획 기사는", "이 연재 칼럼은" (a word ending so, after 이/본/이번).</summary>
    private static readonly string[] NoticeSubjects =
    [
        "기사는", "글은", "콘텐츠는", "칼럼은", "자료는", "기획은", "보도는", "연재는", "시리즈는", "리포트는", "정보는", "메일은",
        "브리핑은", "내용은", "보도자료는", "페이지는", "리포트는", "원문은", "카테고리는", "뉴스는",
    ];

    private static readonly PhraseSet SubscriptionStrong = new(
    [
        "구독하기", "구독 신청", "구독신청", "구독하세요", "구독해 주세요", "구독해주세요", "구독 버튼", "무료 구독", "무료구독",
        "채널 추가", "채널추가", "친구 추가", "친구추가", "뉴스스탠드", "네이버에서", "네이버 메인에서", "다음에서 구독", "뉴스레터",
        "기사제보", "기사 제보", "제보하기", "제보는", "제보 및 문의", "MY뉴스", "알림 받기", "알림받기", "알림 신청", "앱 다운로드",
        "앱 설치", "앱으로 보기", "구독 설정", "구독 및 좋아요", "좋아요와 구독", "회원 전용", "로그인이 필요", "로그인하고",
        "로그인 후", "회원이 아니신가요", "회원가입", "받아보세요", "Subscribe", "Sign up", "가입하면", "가입하고", "첫 달 무료",
        "무료 체험", "프리미엄 기사", "유료 회원", "전문 보기", "전문을 보", "전문을 읽", "가입하시면", "구독하시면",
        "앱 열기", "앱에서 보기", "앱에서 보면", "어떠셨나요", "어떠셨어요", "어떻게 생각하세요", "어떻게 생각하시나요",
        "추천해 드려요", "추천해드려요", "추천해 드립니다", "추천해드립니다", "구독하고", "구독자 전용", "구독 후", "구독자만",
        "제보를 기다립니다", "Please log in", "Log in to", "log in to", "구독이 필요", "읽으려면", "Enter your email", "편하게 보기", "후원하기", "후원해 주세요",
    ]);

    private static readonly string[] PhotoMarkers =
    [
        "사진=", "사진 =", "사진제공", "사진 제공", "사진출처", "사진 출처", "그래픽=", "그래픽 =", "자료사진", "이미지=", "캡처=",
        "영상캡처", "사진|", "[사진]", "<사진>", "사진·그래픽", "[사진 ",
    ];

    private static readonly string[] MetadataPrefixes =
    [
        "기사입력", "최초입력", "최종수정", "최종 수정", "송고시간", "입력", "수정", "승인", "등록", "업데이트", "발행", "송고", "게재",
        "작성", "최종편집", "편집", "방송일", "방송일시", "보도시점", "배포일시", "배포 일시", "보도일시", "보도 일시", "엠바고", "게시", "보도", "송출", "지면게재", "지면 게재", "출고",
    ];

    private static readonly string[] Titles = ["기자", "특파원", "인턴기자", "선임기자", "객원기자", "논설위원", "통신원", "에디터", "리포터"];

    private static readonly PhraseSet UiWords = new(
    [
        "공유", "공유하기", "프린트", "인쇄", "인쇄하기", "스크랩", "글자크기", "글씨크기", "글자", "글씨", "크기", "확대", "축소",
        "페이스북", "트위터", "엑스", "카카오톡", "카톡", "카카오스토리", "밴드", "네이버밴드", "라인", "url", "url복사", "링크복사",
        "주소복사", "복사", "작게", "크게", "프린트하기", "닫기", "공유하기", "이전글", "다음글", "윗글", "아랫글", "이전", "다음", "좋아요", "싫어요", "댓글", "기사저장", "저장", "북마크", "닫기", "목록", "기사듣기", "듣기", "본문듣기",
        "sns", "메일", "이메일", "보내기", "facebook", "twitter", "kakao", "print", "share", "font", "size", "a", "email", "copy", "link", "save", "listen", "가", "가가", "텍스트", "음성", "읽기",
        "기사", "스크랩하기", "추천", "추천하기", "퍼가기", "바로가기", "메뉴", "검색", "전체", "보기", "더보기", "x",

        // Navigation ("목록 ▲ 맨위로", "처음으로").
        "목록보기", "목록으로", "맨위로", "맨", "위로", "top", "처음으로",

        // Reaction buttons ("좋아요 0 슬퍼요 0 …"; the counts are skipped as numbers).
        "훈훈해요", "슬퍼요", "화나요", "놀랐어요", "최고예요", "감동이에요", "추천해요", "응원해요", "궁금해요", "후속기사", "원해요",

        // Reader tools ("본문 요약봇", "글씨키우기 글씨줄이기", "메일보내기 신고", "기사 듣기 | AI 요약", "Share Tweet LinkedIn").
        "본문", "요약", "요약봇", "변환", "변경", "변경하기", "키우기", "줄이기", "글씨키우기", "글씨줄이기", "메일보내기", "신고",
        "신고하기", "새로고침", "관심종목", "네이버블로그", "블로그", "글자확대", "글자축소", "글자크기조정", "공감비율순", "순공감순", "읽기모드", "가a", "음성으로", "ai", "tweet", "linkedin", "copy", "link", "email", "save", "폰트", "추가", "시세",

        // Media players ("자막 화질 전체화면", "동영상 고정 취소", "재생 00:00 / 02:14").
        "재생", "일시정지", "정지", "자막", "화질", "전체화면", "음소거", "고정", "취소", "동영상", "원문", "기사원문", "원문보기",

        // Live pages, data tables and newsletters ("자동 새로고침 켜짐", "표 전체 보기 | 엑셀 다운로드 | CSV", "← 이전 레터").
        "live", "실시간", "업데이트", "자동", "켜짐", "꺼짐", "표", "엑셀", "다운로드", "csv", "레터", "영상", "방송", "다시보기",

        // Page tools ("전체메뉴 열기", "이미지 확대", "기사 읽어주기", "번역 설정", "글씨크기 조절하기", "오늘의 지면 보기").
        "열기", "전체메뉴", "이미지", "읽어주기", "번역", "설정", "조절", "조절하기", "자동재생", "요약보기", "지면", "지면보기", "오늘의",
        "운영원칙", "운영정책", "언론사", "언론사홈", "가기", "선택", "중", "on", "off", "최신순", "오래된순", "글꼴",
    ]);

    /// <summary>Words of which a whole short line is a button ("더보기", "기자 프로필", "AI 요약 보기", "글자크기 설정").</summary>
    private static readonly string[] ButtonHeads = ["더보기", "프로필", "기자프로필", "요약", "글자크기", "글씨크기", "글꼴", "폰트", "페이지", "기자페이지"];

    /// <summary>Words that may stand next to a <see cref="ButtonHeads"/> word on a button line (lower-cased).</summary>
    private static readonly string[] ButtonQualifiers = ["기자", "기사", "ai", "본문", "전체", "보기", "설정", "변경", "열기", "닫기"];

    /// <summary>Words that may qualify a <see cref="MetadataPrefixes"/> label ("기사승인", "최초 등록").</summary>
    private static readonly string[] MetadataQualifiers = ["기사", "최초", "최종", "마지막"];

    private static readonly string[] UiStrongSingle =
    [
        "공유하기", "프린트", "인쇄", "인쇄하기", "스크랩", "글자크기", "URL복사", "링크복사", "기사저장", "기사듣기", "본문듣기",
        "SNS 공유", "퍼가기", "닫기", "목록", "목록보기", "목록으로", "처음으로", "맨위로", "맨 위로", "TOP", "Top", "이전", "다음", "더 보기",

        // A share target alone on its line (a share bar scraped one button per line).
        "공유", "페이스북", "카카오톡", "트위터", "카카오스토리", "네이버밴드", "링크 복사", "URL 복사", "주소 복사",

        // Portal and English buttons.
        "기사원문", "기사 원문", "원문보기", "원문 보기", "Share", "Print", "Tweet", "Email", "Copy link", "Save", "Listen",
        "댓글쓰기", "댓글 쓰기", "댓글달기", "댓글 달기",

        // Page tools alone on a line.
        "북마크", "검색", "메뉴", "전체메뉴", "자동재생", "요약보기", "번역", "Search", "Menu", "재생", "일시정지", "음소거", "등록",
        "Sign in", "Log in", "Login", "Log out",
    ];

    /// <summary>
    /// Words of a counter label ("댓글 0", "추천 12 비추천 1", "댓글쓰기 (0)", "후속기사 원해요 0"): a label containing one
    /// of them, followed by a bare count, is a counter.
    /// </summary>
    private static readonly string[] CounterWords =
    [
        "좋아요", "싫어요", "추천", "댓글", "의견", "공감", "공유", "조회", "스크랩", "원해요", "훈훈해요", "슬퍼요", "화나요", "놀랐어요",
        "최고예요", "감동이에요", "추천해요", "응원해요", "궁금해요", "구독자", "응원", "쏠쏠정보", "흥미진진", "공감백배",
        "분석탁월", "후속강추",
    ];

    /// <summary>Buttons that follow a reporter's name on a byline line ("오서진 기자 프로필", "홍길동 기자 구독").</summary>
    private static readonly string[] BylineButtons = ["프로필", "구독", "구독하기", "팔로우", "응원하기", "더보기", "보기", "기자 페이지", "기자페이지", "페이지"];

    /// <summary>Image agencies and stock-photo sites whose name alone on a line is a photo credit (lower-cased for Latin).</summary>
    private static readonly PhraseSet ImageAgencies = new(
    [
        "게티이미지뱅크", "게티이미지코리아", "게티이미지", "셔터스톡", "픽사베이", "언스플래시", "클립아트코리아", "아이클릭아트",
        "이미지투데이", "뉴스뱅크", "연합뉴스", "뉴시스", "뉴스1", "로이터", "gettyimages", "getty", "shutterstock", "pixabay",
        "unsplash", "123rf", "ap", "afp", "epa", "reuters",
    ]);

    /// <summary>Words that may stand next to an <see cref="ImageAgencies"/> name on a credit line ("AFP=연합뉴스", "게티이미지 제공").</summary>
    private static readonly string[] CreditWords = ["사진", "제공", "자료사진", "이미지", "images", "db", "캡처", "출처"];

    /// <summary>Continuations after 구독/제보 that make a short line a prompt ("구독하기", "제보는 …"), not a noun ("구독경제").</summary>
    private static readonly string[] PromptContinuations = ["하기", "하세요", "하고", "하면", "해주", "해 주", "해보", "신청", "버튼", "설정", "받기", "는", "은"];

    private static readonly string[] RelatedAnywhere =
    [
        "기자의 다른 기사", "기자의 다른기사", "다른 기사 보기", "다른기사 보기", "다른기사보기", "기사 더보기", "기사 모아보기",
        "기자의 기사", "기자의 최신 기사", "기자의 최신기사", "다른 보도자료", "의 다른 기사",
    ];

    private static readonly string[] CreditPrefixes = ["글·사진", "글 사진", "사진·글", "글=", "글", "사진="];

    private static readonly string[] UiPhrases =
    [
        "공유합니다", "공유하기", "스크랩하기", "인쇄하기", "기사 공유", "기사공유", "URL 복사", "링크 복사", "기사를 추천", "기사 추천하기",
        "바로가기", "보러가기", "보러 가기", "웹에서 보기", "지난 호 보기", "이 기사를 후원", "후원하기", "Listen to this article", "첨부파일",
    ];

    private static readonly string[] MetadataWords = ["송고", "입력", "수정", "승인", "등록", "게재", "발행", "업데이트", "작성", "발송", "게시"];

    /// <summary>Starts of UI lines of any length ("첨부파일 보도자료.hwp (245KB) …", "Listen to this article 3 min").</summary>
    private static readonly string[] UiStarts = ["첨부파일", "첨부 파일", "Listen to this article"];

    private static readonly string[] AdvertisementLines =
    [
        "광고", "AD", "[광고]", "(광고)", "<광고>", "[AD]", "Advertisement", "ADVERTISEMENT", "Sponsored", "스폰서", "[PR]",
        "하단 광고", "상단 광고", "광고 영역", "본문 광고", "AD 광고",
    ];

    public static BoilerplateKind Classify(ReadOnlySpan<char> s)
    {
        int length = s.Length;
        if (length <= 160 && ((HasUnquotedMarker(s, CopyrightStrong) && !IsNarrativeSentence(s))
            || (length <= 80 && HasUnquotedMarker(s, CopyrightOwner) && !IsBodySentence(s))))
        {
            return BoilerplateKind.Copyright;
        }

        // Most lines of a story are plain declarative sentences ("…했다."): the shapes of page chrome below never are, so
        // they are not tried on such lines (the test costs one look at the line's end).
        bool plain = IsPlainDeclarative(s);
        if (IsAdvertisement(s) || (!plain && (IsLabelledAdvertisement(s) || IsOffer(s))))
        {
            return BoilerplateKind.Advertisement;
        }

        ReadOnlySpan<char> core = StripBullets(s);
        if (length <= 80 && IsMetadata(core))
        {
            return BoilerplateKind.Metadata;
        }

        if (IsNotice(s, core) || IsDisclaimer(s) || (!plain && IsFooter(s)) || IsCorrection(s) || IsPageNote(s) || IsLabelThenNotice(s) || IsRankingNote(s) || IsPortalNote(s)
            || IsEthicsOrCitationNotice(s)
            || IsRatingGuideOrNoticeHeading(s))
        {
            return BoilerplateKind.Notice;
        }

        if (IsMetadataBar(s))
        {
            return BoilerplateKind.Byline;
        }

        if (IsNavigation(s) || IsCountsOnly(s) || StartsWithAny(s, UiStarts))
        {
            return BoilerplateKind.ShareUi;
        }

        if (IsScriptLabel(s) || (!plain && IsChromeByline(s)) || IsCreditLine(s) || IsContactLine(s) || IsScriptSuper(s) || IsContributorByline(s) || IsEnglishByline(s)
            || IsSignOff(s) || IsContactBlock(s) || IsEnglishRoleLine(s))
        {
            return BoilerplateKind.Byline;
        }

        if (IsSectionLabel(s) || IsMenuBar(s) || IsSpacedMenu(s) || IsLoneLabel(s) || IsOutletLine(s) || IsPlayerOrFontControl(s)
            || IsPlayerNotice(s) || IsEnglishOutletName(s) || IsAttachment(s) || IsIconBar(s) || (!plain && IsPageChrome(s)) || (core.Length < s.Length && (IsPlayerOrFontControl(core) || IsShareUi(core))))
        {
            return BoilerplateKind.ShareUi;
        }

        if (IsReadingTime(s) || IsDateWithWeather(s) || IsEnglishTimestampLine(s))
        {
            return BoilerplateKind.Metadata;
        }

        if (IsServiceNotice(s))
        {
            return BoilerplateKind.Notice;
        }

        if (!plain && IsNewsletterChrome(s))
        {
            return BoilerplateKind.Subscription;
        }

        if (IsReaderRequest(s))
        {
            // "첫 댓글을 남겨 주세요" belongs to the comment box; the other requests ask for a subscription, a share or feedback.
            return s.Contains("댓글", StringComparison.Ordinal) ? BoilerplateKind.ShareUi : BoilerplateKind.Subscription;
        }

        if (s.SequenceEqual("보도자료") || s.SequenceEqual("[보도자료]"))
        {
            return BoilerplateKind.Notice;
        }

        if (IsPhotoCaption(s, core) || IsDataCredit(s) || IsGraphicCaption(s) || IsEnglishCaption(s) || IsEnglishCreditedPhrase(s) || IsEnglishPhotoNote(s) || IsEnglishCourtesyCaption(s) || IsWirePhotoCaption(s))
        {
            return BoilerplateKind.PhotoCaption;
        }

        if (IsByline(s, core))
        {
            return BoilerplateKind.Byline;
        }

        if (!plain && IsSubscription(s))
        {
            return BoilerplateKind.Subscription;
        }

        if (IsRelated(s, core) || IsOutletHeader(core) || IsMoreStoriesButton(s))
        {
            return BoilerplateKind.RelatedArticles;
        }

        if (!plain && (IsShareUi(s) || IsMoreButton(s)))
        {
            return BoilerplateKind.ShareUi;
        }

        if (IsTags(s) || IsLabelledTags(s) || IsKeywordList(s) || IsEnglishTopics(s))
        {
            return BoilerplateKind.Tags;
        }

        return !plain && IsWidgetWithNote(s) ? BoilerplateKind.ShareUi : BoilerplateKind.None;
    }

    /// <summary>
    /// Whether some occurrence of a marker stands outside quotation marks: "'무단 전재 및 재배포 금지' 문구를 게시했다" quotes a
    /// notice, it is not one.
    /// </summary>
    private static bool HasUnquotedMarker(ReadOnlySpan<char> s, PhraseSet markers)
    {
        if (!markers.ContainsAny(s))
        {
            return false; // the common case, in one search
        }

        foreach (string m in markers.Phrases)
        {
            int from = 0;
            while (from < s.Length)
            {
                int pos = s[from..].IndexOf(m, StringComparison.Ordinal);
                if (pos < 0)
                {
                    break;
                }

                pos += from;
                if (!IsQuoted(s, pos, pos + m.Length))
                {
                    return true;
                }

                from = pos + m.Length;
            }
        }

        return false;
    }

    /// <summary>Whether <c>s[start..end]</c> lies between an opening quotation mark and its closing one.</summary>
    private static bool IsQuoted(ReadOnlySpan<char> s, int start, int end)
    {
        ReadOnlySpan<char> before = s[..start], after = s[end..];
        foreach (char q in "\"'`")
        {
            // A symmetric mark: an odd number before, and one after to close it (an apostrophe as in "Joe's" closes nothing).
            if (before.Count(q) % 2 == 1 && after.Contains(q))
            {
                return true;
            }
        }

        return IsBetween(before, after, '“', '”') || IsBetween(before, after, '‘', '’') || IsBetween(before, after, '「', '」')
            || IsBetween(before, after, '『', '』');
    }

    private static bool IsBetween(ReadOnlySpan<char> before, ReadOnlySpan<char> after, char open, char close) =>
        before.Count(open) > before.Count(close) && after.Contains(close);

    /// <summary>
    /// A long sentence in the plain reporting style (<c>…했다.</c>, <c>…이다.</c>): body text that mentions a notice. Notices
    /// themselves are noun phrases or polite (<c>…금합니다.</c>).
    /// </summary>
    private static bool IsNarrativeSentence(ReadOnlySpan<char> s)
    {
        ReadOnlySpan<char> t = s.TrimEnd(" .\"'”’»」』".AsSpan());
        return s.Length >= 40 && t.Length >= 2 && t[^1] == '다' && t[^2] != '니' && EndsLikeSentence(s);
    }

    /// <summary>
    /// A widget label and its note on one line, split by two spaces or a bar: "댓글 0  로그인 후 댓글을 작성하실 수 있습니다.",
    /// "AI 요약  이 기사는 AI 기술로 요약되었습니다." — the label alone is page UI and the note addresses the reader (polite
    /// ending), unlike a sentence of the article.
    /// </summary>
    private static bool IsWidgetWithNote(ReadOnlySpan<char> s)
    {
        if (s.Length > 140)
        {
            return false;
        }

        int split = s.IndexOf("  ", StringComparison.Ordinal);
        int bar = s.IndexOf('|');
        split = split < 0 || (bar >= 0 && bar < split) ? bar : split;
        if (split <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> head = s[..split].Trim(), note = s[split..].TrimStart(" |".AsSpan()).TrimEnd();
        return !head.IsEmpty && !note.IsEmpty && IsShareUi(head) && IsPoliteNote(note);
    }

    /// <summary>A sentence addressed to the reader: it ends in <c>니다</c>, <c>세요</c> or <c>시오</c> (with optional punctuation).</summary>
    private static bool IsPoliteNote(ReadOnlySpan<char> s)
    {
        ReadOnlySpan<char> t = s.TrimEnd(" .!)".AsSpan());
        return t.EndsWith("니다", StringComparison.Ordinal) || t.EndsWith("세요", StringComparison.Ordinal)
            || t.EndsWith("시오", StringComparison.Ordinal);
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
        or '➤' or '✔' or '√' or '◀' or '◁' or '◄';

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

        return (StartsWithAny(core, NoticeStarts) || HasNoticeSubject(core)) && NoticeMarkers.ContainsAny(s) && !IsNarrativeSentence(s);
    }

    /// <summary>"본 기획 기사는", "이 연재 칼럼은": 이/본/이번, at most two words, then a <see cref="NoticeSubjects"/> word.</summary>
    private static bool HasNoticeSubject(ReadOnlySpan<char> core)
    {
        int space0 = core.IndexOf(' ');
        if (space0 < 0 || !IsOneOf(core[..space0], NoticeDeterminers))
        {
            return false;
        }

        ReadOnlySpan<char> rest = core[(space0 + 1)..];
        for (int word = 0; word < 3 && !rest.IsEmpty; word++)
        {
            int space = rest.IndexOf(' ');
            ReadOnlySpan<char> token = space < 0 ? rest : rest[..space];
            foreach (string subject in NoticeSubjects)
            {
                if (token.EndsWith(subject, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            rest = space < 0 ? default : rest[(space + 1)..];
        }

        return false;
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

            // "2021.11.25 14:35" or "2021-11-25 14:35:14" alone: only digits, separators and 오전/오후; also a weekday in
            // brackets and date words ("2026.05.25 (월) 14:18 수정", "2026년 5월 25일 14시 18분"), and a label between two
            // timestamps ("2036.02.09 06:00 업데이트 2036.02.09 09:31").
            int separators = 0;
            bool datePart = false;
            for (int i = 0; i < core.Length; i++)
            {
                char c = core[i];
                separators += c is '.' or '-' or '/' ? 1 : 0;
                datePart |= c is ':' or '월';
                if (IsHangul(c) && c is not ('오' or '전' or '후' or '년' or '월' or '일' or '시' or '분' or '화' or '수' or '목' or '금' or '토' or '요')
                    && StartsWithAny(core[i..], MetadataWords))
                {
                    while (i + 1 < core.Length && IsHangul(core[i + 1]))
                    {
                        i++;
                    }

                    continue;
                }

                if (!(char.IsAsciiDigit(c) || c is '.' or '-' or ':' or '/' or ' ' or '[' or ']' or ')' or '(' or '오' or '전' or '후' or '|'
                    or '년' or '월' or '일' or '시' or '분' or '화' or '수' or '목' or '금' or '토' or '요'))
                {
                    return false;
                }
            }

            // A date has its parts: a month, a clock or y.m.d ("2025년 | 36.1" is a year and a figure of a table).
            return datePart || separators >= 2;
        }

        // "기사승인 2026.03.06 10:40", "최초 등록 …": a qualifier before the label.
        ReadOnlySpan<char> label = TrimQualifier(core, fromStart: true);

        // "누리통신 입력 2031. 8. 1. 14:12": the outlet's name before the label.
        if (label.IndexOf(' ') is int space and > 0 && IsOutletName(label[..space]))
        {
            label = label[(space + 1)..];
        }

        foreach (string prefix in MetadataPrefixes)
        {
            if (!label.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            // "[게재] 2026년 …", "발행일 2026-10-05": the label's closing bracket, a colon or 일/일시 before the date.
            ReadOnlySpan<char> rest = label[prefix.Length..].TrimStart();
            rest = rest.TrimStart(" :：|일시])】>".AsSpan());
            if (!rest.IsEmpty && char.IsAsciiDigit(rest[0]) && !IsBodySentence(core))
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

        return IsNameTitleLine(core) || IsNameTitleLine(TrimBylineButtons(core)) || IsBylineThenTimestamp(core);
    }

    /// <summary>"최유진 기자 입력 2024.07.01 06:00": a name-and-title byline, then a timestamp label on the same line.</summary>
    private static bool IsBylineThenTimestamp(ReadOnlySpan<char> core)
    {
        if (core.Length > 70)
        {
            return false;
        }

        foreach (string title in Titles)
        {
            // The title as a word of its own, followed by more text: " 기자 " (no allocation: this runs on every line).
            for (int from = 0; from < core.Length;)
            {
                int at = core[from..].IndexOf(title, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                int start = from + at, end = start + title.Length;
                if (start > 0 && core[start - 1] == ' ' && end < core.Length && core[end] == ' ')
                {
                    return IsNameTitleLine(core[..end]) && IsMetadata(core[(end + 1)..].Trim());
                }

                from = end;
            }
        }

        return false;
    }

    /// <summary>Drops trailing <see cref="BylineButtons"/> words: "오서진 기자 프로필" → "오서진 기자".</summary>
    private static ReadOnlySpan<char> TrimBylineButtons(ReadOnlySpan<char> core)
    {
        ReadOnlySpan<char> t = core.TrimEnd(" +>]".AsSpan());
        bool trimmed = true;
        while (trimmed)
        {
            trimmed = false;
            foreach (string button in BylineButtons)
            {
                if (t.Length > button.Length && t.EndsWith(button, StringComparison.Ordinal) && t[^(button.Length + 1)] == ' ')
                {
                    t = t[..^button.Length].TrimEnd();
                    trimmed = true;
                }
            }
        }

        return t;
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
        int close = t.IndexOfAny(')', '】', ']');
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
            else if (firstSpace > 0 && secondSpace >= 0 && firstSpace + 1 + secondSpace == lastSpace
                && (t[..firstSpace].Length >= 4 || IsDesk(t[..firstSpace])))
            {
                t = t[(firstSpace + 1)..];
            }
            else if (firstSpace > 0 && secondSpace > 0 && IsDesk(t[(firstSpace + 1)..(firstSpace + 1 + secondSpace)]))
            {
                // "예시테크 모빌리티팀 한세아 기자": an outlet and a desk before the name.
                t = t[(firstSpace + 2 + secondSpace)..];
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
        // "▲매출 8,930억원(38.0%↑)" is a figure bullet, not a caption.
        // "▲ 지유마트24 — 산지 직송 채소 …": a name, a dash and what it does is an item of the story's list.
        if (s.Length <= 150 && s[0] is '▲' or '△' && s[1..].IndexOfAny('▲', '△') < 0 && !IsFigureList(s)
            && !(s.IndexOfAny("—–") is int dash and > 2 and <= 20))
        {
            return true;
        }

        if (IsAgencyCredit(core))
        {
            return true;
        }

        // "… 본사 전경. /예시뉴스", "… 본사 / 셀트리온 제공": a short trailing "/credit".
        int slash = s.LastIndexOf('/');
        if (s.Length <= 150 && slash > 0 && s[slash - 1] == ' ')
        {
            ReadOnlySpan<char> credit = s[(slash + 1)..].Trim();
            if (credit.Length is >= 2 and <= 20 && !char.IsAsciiDigit(credit[0]) && credit.IndexOfAny('.', ':') < 0
                && (credit.IndexOf(' ') < 0 || credit.EndsWith("제공", StringComparison.Ordinal) || credit.EndsWith("촬영", StringComparison.Ordinal)
                    || (IsPhotographerCredit(credit) && IsCaptionText(s[..slash]))))
            {
                return true;
            }
        }

        // "… 연구소 전경 [예시모비스 제공]": a trailing bracketed credit.
        if (s.Length <= 150 && s[^1] is ']' or ')')
        {
            int open = s.LastIndexOfAny('[', '(');
            ReadOnlySpan<char> content = open < 0 ? default : s[(open + 1)..^1].Trim();
            // "[해오름경제 DB]" alone: the outlet's photo archive.
            if (open == 0 && s[0] == '[' && content.Length <= 20 && content.EndsWith(" DB", StringComparison.Ordinal))
            {
                return true;
            }

            if (open > 0 && content.Length <= 25 && (content.EndsWith("제공", StringComparison.Ordinal)
                || content.EndsWith("자료사진", StringComparison.Ordinal) || content.EndsWith("촬영", StringComparison.Ordinal)
                || content.EndsWith("공동취재단", StringComparison.Ordinal) || content.EndsWith("공동취재", StringComparison.Ordinal)
                || content.EndsWith(" DB", StringComparison.Ordinal) || content.EndsWith("DB 금지", StringComparison.Ordinal)
                || (IsPhotographerCredit(content) && IsCaptionText(s[..open]))))
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

        // "… 지점 앞 모습. 연합뉴스", "… 실험을 하고 있다. 예시바이오 제공": a credit after the caption's last period.
        if (s.Length <= 150 && lastPeriod > 0 && (IsTrailingCredit(s[(lastPeriod + 2)..].Trim())
            || (IsPhotographerCredit(s[(lastPeriod + 2)..].Trim()) && IsCaptionText(s[..(lastPeriod + 1)]))))
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

    /// <summary>
    /// A photographer's credit: "문성호 기자", "새한일보 사진부 김하늘 기자" (at most four words, the last 기자 after a name of
    /// two to four syllables).
    /// </summary>
    private static bool IsPhotographerCredit(ReadOnlySpan<char> credit)
    {
        if (credit.Length > 24 || credit.Count(' ') > 3 || !credit.EndsWith(" 기자", StringComparison.Ordinal))
        {
            return false;
        }

        ReadOnlySpan<char> name = LastWord(credit[..^3].TrimEnd());
        return name.Length is >= 2 and <= 4 && IsAllHangul(name);
    }

    /// <summary>
    /// Text that reads like a photo caption rather than a story's sentence: it describes a scene ("…보고 있다.", "… 모습.",
    /// "… 전경") or has no sentence ending.
    /// </summary>
    private static bool IsCaptionText(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> t = text.TrimEnd(" .".AsSpan());
        return t.EndsWith("있다", StringComparison.Ordinal) || t.EndsWith("모습", StringComparison.Ordinal)
            || t.EndsWith("전경", StringComparison.Ordinal) || (!t.IsEmpty && !EndsLikeSentence(t));
    }

    /// <summary>"▲매출 8,930억원(21.4%↑)", "▲검색 광고 412억원 ▲동영상 광고 388억원": every ▲/△ item is a label and a figure.</summary>
    private static bool IsFigureList(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || s[0] is not ('▲' or '△'))
        {
            return false;
        }

        while (!s.IsEmpty)
        {
            s = s[1..];
            int next = s.IndexOfAny('▲', '△');
            if (!IsFigureBullet(next < 0 ? s : s[..next]))
            {
                return false;
            }

            s = next < 0 ? default : s[next..];
        }

        return true;
    }

    /// <summary>
    /// A short label and a figure: "영업이익 1,240억원(38.0%↑)", "1순위 청약 경쟁률 12.5대 1" — at most six words, the last
    /// one (before a closing parenthesis) starting with a digit or a sign.
    /// </summary>
    private static bool IsFigureBullet(ReadOnlySpan<char> t)
    {
        t = t.Trim();
        if (t.IsEmpty)
        {
            return false;
        }

        int open = t.LastIndexOf('(');
        if (t[^1] == ')' && open > 0)
        {
            t = t[..open].TrimEnd();
        }

        int words = t.Count(' ') + 1;
        int last = t.LastIndexOf(' ');
        ReadOnlySpan<char> figure = t[(last + 1)..];
        return words is >= 2 and <= 6 && !figure.IsEmpty
            && (char.IsAsciiDigit(figure[0]) || (figure.Length > 1 && figure[0] is '+' or '-' && char.IsAsciiDigit(figure[1])));
    }

    /// <summary>"게티이미지뱅크", "AFP=연합뉴스", "셔터스톡 제공" alone on a line: image agency names and credit words only.</summary>
    private static bool IsAgencyCredit(ReadOnlySpan<char> core)
    {
        if (core.Length > 30)
        {
            return false;
        }

        int agencies = 0;
        Span<char> lower = stackalloc char[30];
        int i = 0;
        for (ReadOnlySpan<char> token = NextWord(core, ref i); !token.IsEmpty; token = NextWord(core, ref i))
        {
            int n = token.ToLowerInvariant(lower);
            if (ImageAgencies.Contains(lower[..n]))
            {
                agencies++;
            }
            else if (!IsOneOf(lower[..n], CreditWords))
            {
                return false;
            }
        }

        return agencies > 0;
    }

    /// <summary>
    /// Whether <paramref name="word"/> occurs as a prompt: alone, or followed by a <see cref="PromptContinuations"/> ending
    /// ("구독하기", "제보는 …"); "구독경제", "구독료" and "요금제보다" are not prompts.
    /// </summary>
    private static bool HasPromptWord(ReadOnlySpan<char> s, string word)
    {
        int from = 0;
        while (from < s.Length)
        {
            int pos = s[from..].IndexOf(word, StringComparison.Ordinal);
            if (pos < 0)
            {
                return false;
            }

            // The bare word is a button only as the last word of a short line without figures ("기자 구독", "구독 +"; not
            // "정기구독 회원 50만명" or "정부의 구독 정책").
            from += pos + word.Length;
            ReadOnlySpan<char> rest = s[from..];
            if (IsTrailingButton(rest) && s.Count(' ') < 4 && !s.ContainsAnyInRange('0', '9'))
            {
                return true;
            }

            foreach (string continuation in PromptContinuations)
            {
                if (rest.StartsWith(continuation, StringComparison.Ordinal)
                    && (continuation.Length > 1 || rest.Length == 1 || !IsHangul(rest[1])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether nothing but symbols and spaces follows (" +", " ▶", "]").</summary>
    private static bool IsTrailingButton(ReadOnlySpan<char> rest)
    {
        foreach (char c in rest)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSubscription(ReadOnlySpan<char> s)
    {
        if (s.Length <= 120 && HasUnquotedMarker(s, SubscriptionStrong))
        {
            // "뉴스레터"/"네이버에서"/"제보는" also occur in body sentences; sentence-like lines need a call to action, and a
            // plain statement ("…제보는 지난해 132건이었다.", "제보는 … 접수한다.") is reporting even when short.
            bool callToAction = s.Contains("하세요", StringComparison.Ordinal) || s.Contains("주세요", StringComparison.Ordinal)
                || s.Contains('▶') || s.Contains('☞');
            return callToAction || (!IsPlainStatement(s) && (!IsBodySentence(s) || s.Length <= 60));
        }

        if (s.Length <= 40 && (HasPromptWord(s, "구독") || HasPromptWord(s, "제보")))
        {
            return !IsBodySentence(s);
        }

        return false;
    }

    private static bool IsRelated(ReadOnlySpan<char> s, ReadOnlySpan<char> core)
    {
        if (s.Length <= 100 && (StartsWithHeader(core) || IsSectionHeader(core) || (s.Length <= 40 && ContainsAny(s, RelatedAnywhere))))
        {
            return true;
        }

        // "예시경제 헤드라인", "예시경제 많이 본 뉴스": the outlet's name before a header.
        // Also two words: "다온 경제 랭킹 뉴스", "SBC Biz 인기 뉴스".
        for (int space = core.IndexOf(' '), words = 1; s.Length <= 30 && space > 0 && words <= 2; words++)
        {
            ReadOnlySpan<char> outlet = core[..space], rest = core[(space + 1)..];
            bool twoWordOutlet = words == 2 && IsOneOf(LastWord(outlet), OutletSuffixes) && outlet.IndexOf(' ') <= 6;
            if ((IsOutletName(outlet) || IsOutletName(LastWord(outlet)) || IsLatinBrand(outlet) || SectionWords.Contains(outlet) || twoWordOutlet)
                && (rest.SequenceEqual("헤드라인") || (StartsWithHeader(rest) && !EndsLikeSentence(rest))))
            {
                return true;
            }

            int next = rest.IndexOf(' ');
            space = next < 0 ? -1 : space + 1 + next;
        }

        // Link lines: "▶ …", "☞ …", "→ …" that do not read like a sentence; a sentence break inside ("▶ … 흑자 전환 추정. 북미
        // …") makes it a point of the story, not a headline.
        return s.Length <= 100 && s[0] is '▶' or '☞' or '▷' or '►' or '→' or '➤' && !IsBodySentence(s) && !HasInnerSentenceBreak(s);
    }

    /// <summary>
    /// Whether the line starts with a related-articles header and is not a plain statement that merely begins with one
    /// ("최근 리포트에서 목표주가를 올렸다." is reporting).
    /// </summary>
    private static bool StartsWithHeader(ReadOnlySpan<char> core) =>
        RelatedHeaders.StartsAny(core, out string header) && (core.Length == header.Length || !IsPlainStatement(core));

    /// <summary>A link-bullet line ("▶ …") that names no related-articles header: a link, or a subheading inside the body.</summary>
    internal static bool IsBareLinkLine(ReadOnlySpan<char> s) =>
        s.Length > 0 && s[0] is '▶' or '☞' or '▷' or '►' or '→' or '➤' && !RelatedHeaders.StartsAny(StripBullets(s))
        && !ContainsAny(s, RelatedAnywhere);

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

        if (IsCommentPrompt(s))
        {
            return true;
        }

        // ui/other: UI words and other words; heads/button: words of a button line (see ButtonHeads).
        int ui = 0, other = 0, heads = 0, button = 0;
        int i = 0;
        Span<char> lower = stackalloc char[24];
        for (ReadOnlySpan<char> token = NextWord(s, ref i); !token.IsEmpty; token = NextWord(s, ref i))
        {
            if (IsNumber(token))
            {
                continue;
            }

            if (token.Length <= lower.Length)
            {
                // Lower-case only Latin words (the lists are lower-case); the button words matter on short lines only.
                ReadOnlySpan<char> word = token.ContainsAnyInRange('A', 'Z') ? lower[..token.ToLowerInvariant(lower)] : token;
                if (s.Length <= 20)
                {
                    bool head = IsOneOf(word, ButtonHeads);
                    heads += head ? 1 : 0;
                    button += head || IsOneOf(word, ButtonQualifiers) ? 1 : 0;
                }

                if (UiWords.Contains(word))
                {
                    ui++;
                    continue;
                }
            }

            other++;

            // Three words in four must be UI words: once the words left (at most one per two characters) cannot make up for
            // the others, only a counter bar can still match.
            if (s.Length > 20 && ui + ((s.Length - i + 1) / 2) < 3 * other)
            {
                return IsCounterBar(s);
            }
        }

        // A whole short line of at most three button words, one of them a head: "더보기", "기자 프로필", "AI 요약 보기".
        int words = ui + other;
        if (s.Length <= 20 && heads >= 1 && button == words && words <= 3)
        {
            return true;
        }

        return (ui >= 2 && ui * 4 >= words * 3) || IsCounterBar(s);
    }

    /// <summary>
    /// "댓글 0", "추천 12  비추천 1", "댓글쓰기 (0)", "좋아요 0 … 후속기사 원해요 0": labels of one or two words, each followed by a
    /// bare count, and most labels contain a <see cref="CounterWords"/> word.
    /// </summary>
    private static bool IsCounterBar(ReadOnlySpan<char> s)
    {
        // A counter bar ends with its last count ("… 원해요 0", "댓글쓰기 (0)", "구독자 12.4만").
        ReadOnlySpan<char> end = s.TrimEnd();
        if (end.IsEmpty || !(char.IsAsciiDigit(end[^1]) || end[^1] is ')' or ']' or '만' or '천' or '개' or '건' or '명' or '회' or 'K' or 'k' or 'M'))
        {
            return false;
        }

        int pairs = 0, counters = 0, labelWords = 0;
        bool counterLabel = false;
        int i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && (char.IsWhiteSpace(s[i]) || s[i] is '|' or '·' or '/'))
            {
                i++;
            }

            int start = i;
            while (i < s.Length && !(char.IsWhiteSpace(s[i]) || s[i] is '|' or '·' or '/'))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            ReadOnlySpan<char> token = s[start..i];
            ReadOnlySpan<char> count = token.Trim("()[]".AsSpan());
            bool bare = count.Length == token.Length || token[0] is '(' or '[';
            if (bare && !count.IsEmpty && char.IsAsciiDigit(count[0]) && IsCount(count))
            {
                if (labelWords == 0)
                {
                    return false;
                }

                pairs++;
                counters += counterLabel ? 1 : 0;
                labelWords = 0;
                counterLabel = false;
                continue;
            }

            if (++labelWords > 3 || token.Length > 8 || token.ContainsAnyInRange('0', '9'))
            {
                return false;
            }

            counterLabel = counterLabel || ContainsAny(token, CounterWords);
        }

        return pairs >= 1 && labelWords == 0 && counters * 2 > pairs;
    }

    /// <summary>The next run of letters and digits from <paramref name="i"/> (empty at the end); moves <paramref name="i"/> past it.</summary>
    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> s, ref int i)
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

        return s[start..i];
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

    /// <summary>A displayed count: "1,284", "12.4만", "3천", "1.2K".</summary>
    private static bool IsCount(ReadOnlySpan<char> token)
    {
        ReadOnlySpan<char> digits = token[^1] is '만' or '천' or 'K' or 'k' or 'M' ? token[..^1] : token;
        return !digits.IsEmpty && char.IsAsciiDigit(digits[^1]) && !digits.ContainsAnyExcept(FigureChars)
            && (digits.Length == token.Length ? !digits.Contains('.') : digits.Count('.') <= 1);
    }

    private static bool IsNumber(ReadOnlySpan<char> token, bool allowCommas = false)
    {
        foreach (char c in token)
        {
            if (!(char.IsAsciiDigit(c) || (allowCommas && c == ',')))
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

    /// <summary>"By 정하람 Reporter", "Published 2024.08.09 08:15 KST", "Updated 09:02 KST": an English byline or timestamp segment.</summary>
    private static bool IsEnglishMetadata(ReadOnlySpan<char> segment)
    {
        if (segment.Length > 40)
        {
            return false;
        }

        if (segment.StartsWith("By ", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (string label in EnglishTimestampLabels)
        {
            if (segment.StartsWith(label, StringComparison.Ordinal) && segment.ContainsAnyInRange('0', '9'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A broadcast script's speaker label alone on its line: "[앵커]", "[기자]", "【리포트】", "[인터뷰]".</summary>
    private static bool IsScriptLabel(ReadOnlySpan<char> s)
    {
        if (s.Length is < 3 or > 12 || s[0] is not ('[' or '【' or '<') || s[^1] is not (']' or '】' or '>'))
        {
            return false;
        }

        ReadOnlySpan<char> label = s[1..^1].Trim();
        int colon = label.IndexOfAny(':', '：');
        if (colon >= 0)
        {
            label = label[..colon].TrimEnd();
        }

        return IsOneOf(label, ScriptLabels);
    }

    private static readonly string[] EnglishTimestampLabels = ["Published", "Updated", "Posted", "Last updated", "Modified"];

    private static readonly string[] ScriptLabels =
    [
        "앵커", "기자", "리포트", "인터뷰", "녹취", "현장음", "자막", "싱크", "앵커멘트", "스탠드업", "앵커 멘트", "클로징", "오프닝",
    ];

    /// <summary>Roles of a production credit line ("영상취재:최동훈/영상편집:이수정/그래픽:한예린").</summary>
    private static readonly string[] CreditRoles =
    [
        "영상취재", "영상편집", "영상촬영", "촬영기자", "촬영", "편집", "그래픽", "디자인", "취재", "구성", "연출", "영상", "사진", "글",
        "CG", "PD", "작가",
    ];

    /// <summary>
    /// A production credit line: every item is a role and a two-to-four-syllable name ("영상취재:최동훈/영상편집:이수정",
    /// "촬영 김하준 · 편집 오세린").
    /// </summary>
    private static bool IsCreditLine(ReadOnlySpan<char> s)
    {
        if (s.Length > 80)
        {
            return false;
        }

        int items = 0, i = 0;
        bool expectName = false;
        for (ReadOnlySpan<char> token = NextWord(s, ref i); !token.IsEmpty; token = NextWord(s, ref i))
        {
            if (!expectName)
            {
                if (!IsOneOf(token, CreditRoles))
                {
                    return false;
                }

                expectName = true;
                continue;
            }

            if (token.Length is < 2 or > 4 || !IsAllHangul(token))
            {
                return false;
            }

            items++;
            expectName = false;
        }

        return items >= 1 && !expectName && (items >= 2 || s.IndexOfAny(':', '=') > 0);
    }

    /// <summary>A press contact: a short line with a telephone number and no sentence ending ("홍보팀 02-0000-1200").</summary>
    private static bool IsContactLine(ReadOnlySpan<char> s)
    {
        if (s.Length > 50 || EndsLikeSentence(s))
        {
            return false;
        }

        for (int i = 0; i + 10 <= s.Length; i++)
        {
            if ((i == 0 || !char.IsAsciiDigit(s[i - 1])) && IsPhoneAt(s[i..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="s"/> starts with 2–4 digits, a hyphen, 3–4 digits, a hyphen and 4 digits.</summary>
    private static bool IsPhoneAt(ReadOnlySpan<char> s)
    {
        int pos = 0;
        return ReadDigits(s, ref pos, 2, 4) && ReadHyphen(s, ref pos) && ReadDigits(s, ref pos, 3, 4) && ReadHyphen(s, ref pos)
            && ReadDigits(s, ref pos, 4, 4) && (pos == s.Length || !char.IsAsciiDigit(s[pos]));
    }

    /// <summary>Reads <paramref name="min"/> to <paramref name="max"/> ASCII digits at <paramref name="pos"/>.</summary>
    private static bool ReadDigits(ReadOnlySpan<char> s, ref int pos, int min, int max)
    {
        int digits = 0;
        while (pos < s.Length && digits < max && char.IsAsciiDigit(s[pos]))
        {
            pos++;
            digits++;
        }

        return digits >= min;
    }

    private static bool ReadHyphen(ReadOnlySpan<char> s, ref int pos)
    {
        if (pos < s.Length && s[pos] == '-')
        {
            pos++;
            return true;
        }

        return false;
    }

    /// <summary>A line of three or more bare counts and nothing else: the numbers under a reaction bar ("4 0 0 2 7").</summary>
    private static bool IsCountsOnly(ReadOnlySpan<char> s)
    {
        if (s.Length > 40)
        {
            return false;
        }

        int counts = 0;
        foreach (char c in s)
        {
            if (!(char.IsAsciiDigit(c) || c == ' '))
            {
                return false;
            }
        }

        int i = 0;
        for (ReadOnlySpan<char> token = NextWord(s, ref i); !token.IsEmpty; token = NextWord(s, ref i))
        {
            counts++;
        }

        return counts >= 3;
    }

    /// <summary>A signed figure ("+4,312억원", "-0.7%"): market data, which headline lists do not carry.</summary>
    private static bool HasSignedFigure(ReadOnlySpan<char> s)
    {
        for (int i = 0; i + 1 < s.Length; i++)
        {
            if (s[i] is '+' or '-' or '−' && char.IsAsciiDigit(s[i + 1]) && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '('))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A plain (non-polite) statement: ends in 다 and a period, not 니다 ("…접수한다.", "…132건이었다.").</summary>
    private static bool IsPlainStatement(ReadOnlySpan<char> s)
    {
        ReadOnlySpan<char> t = s.TrimEnd(" \"'”’".AsSpan());
        return t.Length >= 3 && t[^1] == '.' && t[^2] == '다' && t[^3] != '니';
    }

    /// <summary>A desk name before a reporter's: a word ending in 팀 or 부 ("모빌리티팀", "산업부").</summary>
    private static bool IsDesk(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and <= 8 && IsAllHangul(word) && word[^1] is '팀' or '부';

    /// <summary>
    /// A comment prompt or count: "로그인 후 댓글을 작성할 수 있습니다.", "의견을 남겨주세요 (댓글 12)", "0개의 댓글" (short, with
    /// 댓글, polite or a count; "댓글 수천 개가 달렸다." is reporting).
    /// </summary>
    private static readonly string[] CommentBoxWords = ["정렬", "최신순", "추천순", "공감순", "과거순", "모음", "댓글 정책", "운영원칙", "새로고침", "접기", "전체보기"];

    private static bool IsCommentPrompt(ReadOnlySpan<char> s)
    {
        if (s.Length > 40 || !s.Contains("댓글", StringComparison.Ordinal))
        {
            return false;
        }

        if (s.Contains("개의 댓글", StringComparison.Ordinal))
        {
            return true;
        }

        // The comment box's own controls: "댓글 정렬 최신순 추천순", "내 댓글 모음", "댓글 정책 언론사별 선택제".
        if (s.Length <= 30 && !EndsLikeSentence(s) && ContainsAny(s, CommentBoxWords))
        {
            return true;
        }

        ReadOnlySpan<char> t = s.TrimEnd();
        if (t.Length > 0 && t[^1] == ')' && t.LastIndexOf('(') is int open and > 0)
        {
            t = t[..open];
        }

        t = t.TrimEnd(" .!".AsSpan());
        return t.EndsWith("니다", StringComparison.Ordinal) || t.EndsWith("세요", StringComparison.Ordinal);
    }

    /// <summary>A credit after a caption's last period: an image agency ("연합뉴스") or a short "… 제공" ("예시바이오 제공").</summary>
    private static bool IsTrailingCredit(ReadOnlySpan<char> tail)
    {
        if (tail.IsEmpty || tail.Length > 20 || tail.ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        // "… 조성 현장. 새벽경제 DB": the outlet's photo archive.
        return IsAgencyCredit(tail) || (tail.EndsWith("제공", StringComparison.Ordinal) && tail.Count(' ') <= 2 && tail.Length > 3)
            || (tail.EndsWith(" DB", StringComparison.Ordinal) && tail.Count(' ') == 1)
            || (tail.EndsWith("DB", StringComparison.Ordinal) && tail.Length is > 3 and <= 12 && !tail.Contains(' '))
            || (tail.EndsWith("공동취재단", StringComparison.Ordinal) && tail.Count(' ') <= 1);
    }

    /// <summary>
    /// A bar of page metadata separated by <c>|</c>: "예시경제 | 홍길동 기자 | 2024.12.02 17:20", "홍길동 기자 | 입력 … | 댓글 2" —
    /// a byline or a timestamp among segments that are each one (or a counter, or a short label such as the outlet).
    /// </summary>
    private static bool IsMetadataBar(ReadOnlySpan<char> s)
    {
        // Bars ("… | …") or spaced middle dots ("한지원 기자 · 2026년 2월 9일 오전 7:00", "2026.07.21 08:30 · 조회 1,284").
        bool bars = s.IndexOf('|') >= 0;
        if (s.Length > 100 || (!bars && !s.Contains(" · ", StringComparison.Ordinal)) || IsCounterBar(s))
        {
            return false; // a bar of counters alone ("추천 0 | 비추천 0") is page UI, not metadata
        }

        int segments = 0, anchors = 0;
        for (int pos = 0; pos <= s.Length;)
        {
            ReadOnlySpan<char> segment = NextSegment(s, ref pos, bars ? "|" : " · ", anyChar: bars).Trim();
            if (segment.IsEmpty)
            {
                continue;
            }

            segments++;
            ReadOnlySpan<char> core = StripBullets(segment);
            if (IsMetadata(core) || IsNameTitleLine(core) || IsNameTitleLine(TrimBylineButtons(core)) || HasEmail(segment, out _)
                || IsCounterBar(segment) || IsEnglishMetadata(segment) || IsIssueLabel(segment))
            {
                anchors++;
            }
            else if (segment.Length > 24 || segment.Count(' ') > 3 || EndsLikeSentence(segment))
            {
                return false;
            }
        }

        return segments >= 2 && anchors >= 1;
    }

    /// <summary>
    /// A navigation crumb or section label: "홈 > 산업 > 유통·식품" (short segments between <c>&gt;</c>/<c>›</c>) or
    /// "증권 · 채권" (two or three single words between spaced middle dots).
    /// </summary>
    private static bool IsNavigation(ReadOnlySpan<char> s)
    {
        if (s.Length > 40 || EndsLikeSentence(s))
        {
            return false;
        }

        bool arrows = s.IndexOfAny('>', '›') > 0;
        bool dots = !arrows && s.Contains(" · ", StringComparison.Ordinal);
        if (!arrows && !dots)
        {
            return false;
        }

        int segments = 0;
        for (int pos = 0; pos <= s.Length;)
        {
            ReadOnlySpan<char> segment = NextSegment(s, ref pos, arrows ? ">›" : " · ", anyChar: arrows).Trim();
            bool fits = arrows ? segment.Length is >= 1 and <= 12 && segment.Count(' ') <= 2 : segment.Length is >= 1 and <= 5 && IsAllHangul(segment);
            if (!fits || segment.ContainsAnyInRange('0', '9'))
            {
                return false;
            }

            segments++;
        }

        return arrows ? segments >= 2 : segments is 2 or 3;
    }

    /// <summary>
    /// The segment of <paramref name="s"/> from <paramref name="pos"/> to the next separator (any of its characters, or the
    /// whole string) or the end; moves <paramref name="pos"/> past the separator, or past the end after the last segment.
    /// </summary>
    private static ReadOnlySpan<char> NextSegment(ReadOnlySpan<char> s, ref int pos, ReadOnlySpan<char> separator, bool anyChar)
    {
        ReadOnlySpan<char> rest = s[pos..];
        int at = anyChar ? rest.IndexOfAny(separator) : rest.IndexOf(separator, StringComparison.Ordinal);
        if (at < 0)
        {
            pos = s.Length + 1;
            return rest;
        }

        pos += at + (anyChar ? 1 : separator.Length);
        return rest[..at];
    }

    /// <summary>
    /// A row of a small table in a story: a short label and a figure at the end ("하나로은행 연 3.85~5.62%",
    /// "시리즈A 2022년 155억원", "설비투자 1조2천억원"), at most five words.
    /// </summary>
    internal static bool IsTableRow(ReadOnlySpan<char> s)
    {
        if (s.Length > 40 || s.Count(' ') is < 1 or > 4)
        {
            return false;
        }

        // A figure: digits with Korean numerals and a unit among them ("155억원", "1조2천억원", "3.2조", "12곳", "1.5배").
        ReadOnlySpan<char> figure = LastWord(s).TrimEnd(")%".AsSpan());
        if (figure.IsEmpty || !char.IsAsciiDigit(figure[0]))
        {
            return false;
        }

        int hangul = 0;
        foreach (char c in figure)
        {
            if (IsHangul(c))
            {
                hangul++;
            }
            else if (!(char.IsAsciiDigit(c) || c is '.' or ',' or '~' or '-'))
            {
                return false;
            }
        }

        return hangul <= 5;
    }

    /// <summary>A line that reads like body text: a sentence ending and at least 30 characters.</summary>
    internal static bool IsBodySentence(ReadOnlySpan<char> s) => s.Length >= 30 && EndsLikeSentence(s);

    /// <summary>
    /// A short line with some words and no sentence ending (a headline or link text; a ▲ figure list is neither). An item of
    /// a list under a related-articles header (<paramref name="listItem"/>) may be longer, end in a bare verb before a quote
    /// ("… 회장 "시장 더 커진다"") and carry figures ("국제유가 90달러 돌파"): the header already says what the list is.
    /// </summary>
    internal static bool IsHeadlineLike(ReadOnlySpan<char> s, int maxLength, bool listItem = false)
    {
        // Headlines often end in a bare verb ("가격 또 오른다", "수주 잔고 3년치 넘었다"); a sentence has its period.
        ReadOnlySpan<char> unquoted = listItem ? s.TrimEnd(" \"'”’".AsSpan()) : s;
        // In a list, a question is a headline too ("퇴직연금 수익률 비교, 어디가 높을까").
        bool bareVerb = unquoted.Length is > 0 && (listItem || s.Length <= 40) && (unquoted[^1] == '다' || (listItem && unquoted[^1] is '까' or '?'));
        if (s.Length < 6 || s.Length > maxLength || (EndsLikeSentence(s) && !bareVerb) || HasEmail(s, out _)
            || (!listItem && (IsFigureList(s) || HasSignedFigure(s) || IsFactLine(s))))
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
