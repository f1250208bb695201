using System.Globalization;
using System.Text;
using KoNewsParse.Duplicates;

namespace KoNewsParse.Tests.Duplicates;

/// <summary>
/// Deterministic generator of news-like Korean paragraphs (the project's own templates) and of realistic rewrites of them:
/// word edits, inserted phrases, reordered clauses, changed numbers, changed quotes and spacing, added photo credits.
/// </summary>
internal sealed class SyntheticNews
{
    private static readonly string[] Companies =
    [
        "삼성전자", "SK하이닉스", "LG에너지솔루션", "현대차", "기아", "네이버", "카카오", "셀트리온", "포스코홀딩스", "KB금융",
        "신한지주", "한화솔루션", "롯데케미칼", "두산에너빌리티", "삼성바이오로직스", "HD현대중공업", "대한항공", "CJ제일제당",
        "아모레퍼시픽", "엔씨소프트", "한국전력", "LG화학", "삼성SDI", "크래프톤", "하나금융지주", "우리금융지주", "현대모비스",
        "고려아연", "에코프로비엠", "한미약품",
    ];

    private static readonly string[] Sectors =
    [
        "반도체", "2차전지", "전기차", "바이오시밀러", "조선", "석유화학", "인공지능 서버", "클라우드", "모바일 게임", "화장품",
        "항공 화물", "가공식품", "원전 설비", "디스플레이", "철강", "수소 연료전지", "로봇", "데이터센터", "핀테크", "해상풍력",
    ];

    private static readonly string[] People = ["김민수", "이서연", "박준호", "최지우", "정하늘", "강도윤", "윤서아", "장현우", "임채원", "한지민"];

    private static readonly string[] Regions = ["미국", "유럽", "중국", "일본", "인도", "베트남", "중동", "멕시코", "폴란드", "인도네시아"];

    private static readonly string[] Templates =
    [
        "{C}는 올해 {Q}분기 연결 기준 영업이익이 {N}억원으로 전년 같은 기간보다 {P}% 늘었다고 {D}일 공시했다.",
        "같은 기간 매출은 {N}조{M}억원을 기록해 시장 전망치를 소폭 웃돌았다.",
        "회사 측은 {S} 부문의 수요 회복과 원가 절감 효과가 실적 개선을 이끌었다고 설명했다.",
        "{C}는 {R} 현지에 {N}억 달러를 들여 {S} 공장을 새로 짓기로 하고 이사회 승인을 받았다.",
        "신규 공장은 {Y}년 하반기 가동을 목표로 하며 연간 생산능력은 기존의 {P}% 수준까지 늘어날 전망이다.",
        "증권가에서는 {C}의 목표주가를 {N}만원으로 올려 잡는 보고서가 잇따라 나왔다.",
        "{X} 연구원은 \"{S} 업황이 바닥을 지나고 있어 내년 이익 증가 폭이 예상보다 클 것\"이라고 내다봤다.",
        "이날 유가증권시장에서 {C} 주가는 전 거래일 대비 {P}% 오른 {N}{M}원에 거래를 마쳤다.",
        "외국인 투자자는 {D}거래일 연속 순매수를 이어가며 이 기간 {N}억원어치를 사들였다.",
        "반면 기관은 차익 실현 매물을 내놓으며 {N}억원 규모를 순매도한 것으로 집계됐다.",
        "{C}는 {R} 시장 공략을 위해 현지 업체와 {S} 분야 합작법인을 설립한다고 밝혔다.",
        "합작법인 지분은 {C}가 {P}%, 현지 파트너가 나머지를 보유하는 구조다.",
        "업계에서는 이번 투자로 {C}의 {R} 매출 비중이 {P}% 안팎까지 높아질 것으로 보고 있다.",
        "금융감독원 전자공시시스템에 따르면 {C}의 최대주주 지분율은 {P}%로 직전 분기보다 소폭 낮아졌다.",
        "{C}는 주주환원 강화를 위해 {N}억원 규모의 자사주를 매입해 전량 소각하겠다고 발표했다.",
        "배당 역시 주당 {N}원으로 지난해보다 {P}% 늘리고 분기 배당 제도를 도입하기로 했다.",
        "{X} {C} 대표는 \"{S} 경쟁력을 바탕으로 {Y}년까지 매출 {N}조원을 달성하겠다\"고 강조했다.",
        "한국은행은 이날 기준금리를 연 {P}%로 동결하고 물가 흐름을 좀 더 지켜보겠다는 입장을 내놨다.",
        "시장에서는 연내 금리 인하 가능성이 낮아졌다는 해석이 나오면서 채권 금리가 일제히 올랐다.",
        "원·달러 환율은 전날보다 {N}원 내린 {M}{N}원에 마감하며 사흘 만에 하락 전환했다.",
        "{C}는 {S} 신제품을 {R}에 먼저 출시한 뒤 하반기부터 판매 지역을 넓혀 갈 계획이다.",
        "초기 물량 {N}만대는 사전 예약 단계에서 이미 모두 소진된 것으로 알려졌다.",
        "{C} 노사는 올해 임금을 평균 {P}% 인상하는 데 잠정 합의했다고 {D}일 밝혔다.",
        "잠정 합의안은 다음 주 조합원 찬반 투표를 거쳐 최종 확정될 예정이다.",
        "공정거래위원회는 {C}가 하도급 대금을 부당하게 깎았다며 과징금 {N}억원을 부과했다.",
        "{C} 측은 \"결정 내용을 면밀히 검토한 뒤 대응 방안을 마련하겠다\"고 말했다.",
        "{S} 관련 수출은 지난달 {N}억 달러로 집계돼 {D}개월 연속 증가세를 이어갔다.",
        "산업통상자원부는 {R} 수요가 살아나면서 {S} 수출이 당분간 호조를 보일 것이라고 전망했다.",
        "{C}는 {Y}년 {Q}월 {S} 사업부를 물적분할해 신설법인을 세우는 방안을 검토 중이다.",
        "소액주주들은 분할 이후 기업가치가 희석될 수 있다며 반대 의견을 공식적으로 전달했다.",
        "{C}의 {Q}분기 순이익은 {N}억원으로 적자 전환했으며 일회성 비용이 반영된 영향이 컸다.",
        "회사는 재고 평가 손실 {N}억원과 구조조정 비용이 한꺼번에 반영됐다고 설명했다.",
        "{C}는 {R}의 {S} 업체 지분 {P}%를 약 {N}억원에 인수하는 계약을 맺었다고 공시했다.",
        "인수 대금은 보유 현금과 회사채 발행으로 마련하며 거래는 {Y}년 초 마무리될 예정이다.",
        "{X} 애널리스트는 \"인수 가격이 다소 높지만 장기적으로 시너지가 기대된다\"고 평가했다.",
        "코스피는 전 거래일보다 {N}.{D}포인트({P}%) 오른 {M}{N}.{D}에 장을 마쳤다.",
        "코스닥지수도 {P}% 상승 마감하며 {D}거래일 만에 반등에 성공했다.",
        "{C}는 {S} 인력 {N}명을 새로 채용하고 연구개발 투자를 {P}% 늘리기로 했다.",
        "정부는 {S} 산업 지원을 위해 {N}조원 규모의 정책금융 프로그램을 신설한다고 발표했다.",
        "지원 대상 기업은 최대 {P}%까지 금리 우대를 받을 수 있고 만기도 {D}년까지 늘어난다.",
    ];

    private static readonly string[] Inserts =
    [
        "업계에 따르면", "이날", "올해 들어", "특히", "한편", "관계자에 따르면", "시장의 예상과 달리", "지난해에 이어",
        "다만", "이에 따라", "금융투자업계에 따르면", "공시에 따르면",
    ];

    private static readonly (string From, string To)[] Synonyms =
    [
        ("밝혔다", "전했다"), ("늘었다", "증가했다"), ("기록해", "달성해"), ("전망이다", "예정이다"), ("계획이다", "방침이다"),
        ("발표했다", "공개했다"), ("설명했다", "덧붙였다"), ("내다봤다", "전망했다"), ("사들였다", "매수했다"), ("올랐다", "상승했다"),
        ("공시했다", "밝혔다"), ("말했다", "밝혔다"), ("강조했다", "말했다"), ("평가했다", "분석했다"), ("검토 중이다", "추진하고 있다"),
    ];

    private readonly Random _random;

    public SyntheticNews(int seed) => _random = new Random(seed);

    public string Paragraph(int sentences)
    {
        var sb = new StringBuilder();
        var used = new HashSet<int>();
        for (int i = 0; i < sentences; i++)
        {
            int t;
            do
            {
                t = _random.Next(Templates.Length);
            }
            while (!used.Add(t));

            if (i > 0)
            {
                sb.Append(' ');
            }

            sb.Append(Fill(Templates[t]));
        }

        return sb.ToString();
    }

    /// <summary>Distinct base paragraphs: no two have a containment of 0.7 or more in either direction.</summary>
    public List<string> DistinctParagraphs(int count, double maxContainment = 0.7)
    {
        var result = new List<string>();
        var shingles = new List<UInt128[]>();
        while (result.Count < count)
        {
            string p = Paragraph(_random.Next(2, 5));
            UInt128[] s = ParagraphFingerprint.Shingles(ParagraphFingerprint.Canonicalize(p));
            bool clash = false;
            foreach (UInt128[] other in shingles)
            {
                if (ParagraphFingerprint.Containment(s, other) >= maxContainment || ParagraphFingerprint.Containment(other, s) >= maxContainment)
                {
                    clash = true;
                    break;
                }
            }

            if (!clash)
            {
                result.Add(p);
                shingles.Add(s);
            }
        }

        return result;
    }

    private string Fill(string template)
    {
        var sb = new StringBuilder(template.Length + 16);
        for (int i = 0; i < template.Length; i++)
        {
            if (template[i] == '{' && i + 2 < template.Length && template[i + 2] == '}')
            {
                sb.Append(Slot(template[i + 1]));
                i += 2;
            }
            else
            {
                sb.Append(template[i]);
            }
        }

        return sb.ToString();
    }

    private string Slot(char slot) => slot switch
    {
        'C' => Companies[_random.Next(Companies.Length)],
        'S' => Sectors[_random.Next(Sectors.Length)],
        'X' => People[_random.Next(People.Length)],
        'R' => Regions[_random.Next(Regions.Length)],
        'N' => _random.Next(2, 9999).ToString("N0", CultureInfo.InvariantCulture),
        'M' => _random.Next(1, 9).ToString(CultureInfo.InvariantCulture),
        'P' => (_random.Next(1, 400) / 10m).ToString(CultureInfo.InvariantCulture),
        'Q' => _random.Next(1, 5).ToString(CultureInfo.InvariantCulture),
        'D' => _random.Next(2, 29).ToString(CultureInfo.InvariantCulture),
        'Y' => _random.Next(2025, 2031).ToString(CultureInfo.InvariantCulture),
        _ => string.Empty,
    };

    /// <summary>The kinds of rewrite <see cref="Mutate"/> applies.</summary>
    public enum Mutation
    {
        EditWord,
        InsertPhrase,
        ReorderClauses,
        ChangeNumber,
        ChangeQuotesAndSpacing,
        AddCredit,
    }

    /// <summary>Applies <paramref name="operations"/> random rewrites.</summary>
    public string Mutate(string paragraph, int operations)
    {
        string p = paragraph;
        for (int i = 0; i < operations; i++)
        {
            p = Apply(p, (Mutation)_random.Next(6));
        }

        return p;
    }

    public string Apply(string p, Mutation m)
    {
        switch (m)
        {
            case Mutation.EditWord:
                {
                    foreach ((string from, string to) in Synonyms.OrderBy(_ => _random.Next()))
                    {
                        int at = p.IndexOf(from, StringComparison.Ordinal);
                        if (at >= 0)
                        {
                            return string.Concat(p.AsSpan(0, at), to, p.AsSpan(at + from.Length));
                        }
                    }

                    // No synonym applies: drop one word.
                    string[] words = p.Split(' ');
                    int w = _random.Next(words.Length);
                    return string.Join(' ', words.Where((_, i) => i != w));
                }

            case Mutation.InsertPhrase:
                {
                    string[] words = p.Split(' ');
                    int w = _random.Next(words.Length);
                    var list = words.ToList();
                    list.Insert(w, Inserts[_random.Next(Inserts.Length)]);
                    return string.Join(' ', list);
                }

            case Mutation.ReorderClauses:
                {
                    string[] sentences = p.Split(". ");
                    if (sentences.Length >= 2)
                    {
                        int a = _random.Next(sentences.Length - 1);
                        string first = sentences[a].TrimEnd('.'), second = sentences[a + 1].TrimEnd('.');
                        sentences[a] = second;
                        sentences[a + 1] = first;
                        return string.Join(". ", sentences).TrimEnd('.') + ".";
                    }

                    int comma = p.IndexOf(", ", StringComparison.Ordinal);
                    int space = p.IndexOf(' ', p.Length / 2);
                    int cut = comma > 0 ? comma + 2 : (space > 0 ? space + 1 : p.Length / 2);
                    return string.Concat(p.AsSpan(cut).TrimEnd('.'), " ", p.AsSpan(0, cut).TrimEnd(", ".AsSpan()), ".");
                }

            case Mutation.ChangeNumber:
                {
                    var digits = new List<int>();
                    for (int i = 0; i < p.Length; i++)
                    {
                        if (char.IsAsciiDigit(p[i]))
                        {
                            digits.Add(i);
                        }
                    }

                    if (digits.Count == 0)
                    {
                        return p + " 1";
                    }

                    char[] chars = p.ToCharArray();
                    int at = digits[_random.Next(digits.Count)];
                    chars[at] = (char)('0' + ((chars[at] - '0' + 1 + _random.Next(8)) % 10));
                    return new string(chars);
                }

            case Mutation.ChangeQuotesAndSpacing:
                return p.Replace("\"", _random.Next(2) == 0 ? "“" : "'", StringComparison.Ordinal)
                    .Replace("억원", "억 원", StringComparison.Ordinal)
                    .Replace("% ", "%  ", StringComparison.Ordinal);

            default:
                return _random.Next(2) == 0
                    ? p + " /사진제공=" + Companies[_random.Next(Companies.Length)]
                    : p + " " + People[_random.Next(People.Length)] + " 기자";
        }
    }
}
