using System.Globalization;
using KoNewsParse.Money;

namespace KoNewsParse.Tests.Money;

public class MoneyParserTests
{
    private static readonly MoneyParser Parser = MoneyParser.Default;

    private static decimal D(string s) => decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static decimal? N(string? s) => s is null ? null : D(s);

    private static MoneyMention Single(string text)
    {
        IReadOnlyList<MoneyMention> all = Parser.FindAll(text);
        Assert.True(all.Count == 1, $"expected one mention in «{text}», got {all.Count}: {string.Join(" | ", all.Select(m => m.Text))}");
        MoneyMention m = all[0];
        Assert.Equal(m.Text, text.Substring(m.Offset, m.Length));
        return m;
    }

    [Theory]
    [InlineData("삼성전자가 300억원을 투자한다.", "300억원", "30000000000")]
    [InlineData("회사는 3조5000억원을 조달했다.", "3조5000억원", "3500000000000")]
    [InlineData("매출 1조2,345억원을 기록했다.", "1조2,345억원", "1234500000000")]
    [InlineData("영업이익은 4천746억원이었다.", "4천746억원", "474600000000")]
    [InlineData("입장료는 1만3천원이다.", "1만3천원", "13000")]
    [InlineData("연구개발비로 12.5억원이 들었다.", "12.5억원", "1250000000")]
    [InlineData("시가총액이 1.2조 원에 달한다.", "1.2조 원", "1200000000000")]
    [InlineData("창업 지원금 3,000만 원을 받았다.", "3,000만 원", "30000000")]
    [InlineData("상금 5백만원이 걸렸다.", "5백만원", "5000000")]
    [InlineData("오백억 원의 손실이 났다.", "오백억 원", "50000000000")]
    [InlineData("삼천만원짜리 중고차를 샀다.", "삼천만원", "30000000")]
    [InlineData("회비로 이십오만원을 냈다.", "이십오만원", "250000")]
    [InlineData("십억 원을 모았다.", "십억 원", "1000000000")]
    [InlineData("한 잔에 1,500원에 팔았다.", "1,500원", "1500")]
    [InlineData("주가는 52,300원으로 마감했다.", "52,300원", "52300")]
    [InlineData("보증금은 7억3000만원이다.", "7억3000만원", "730000000")]
    [InlineData("총 1억 5천만 원이 필요하다.", "1억 5천만 원", "150000000")]
    [InlineData("순손실 2조 3000억원을 냈다.", "2조 3000억원", "2300000000000")]
    [InlineData("누적 거래액 1경2000조원을 넘어섰다.", "1경2000조원", "12000000000000000")]
    [InlineData("천만원을 빌렸다.", "천만원", "10000000")]
    [InlineData("백만원이 부족하다.", "백만원", "1000000")]
    [InlineData("연봉은 일억이천만원이다.", "일억이천만원", "120000000")]
    [InlineData("적자가 구백억원에 이른다.", "구백억원", "90000000000")]
    [InlineData("껌 한 통이 100원이던 시절", "100원", "100")]
    [InlineData("정산금 1,000,000원을 보냈다.", "1,000,000원", "1000000")]
    [InlineData("잔액 12,345,678원이 남았다.", "12,345,678원", "12345678")]
    [InlineData("삼천원이면 충분하다.", "삼천원", "3000")]
    [InlineData("수수료는 0.5원씩 붙는다.", "0.5원", "0.5")]
    [InlineData("예산 2조 원이 편성됐다.", "2조 원", "2000000000000")]
    [InlineData("매출300억원을 돌파(제목)", "300억원", "30000000000")]
    [InlineData("투자액 1조 2,345억 원을 공개했다.", "1조 2,345억 원", "1234500000000")]
    [InlineData("가격은 8만9000원이다.", "8만9000원", "89000")]
    [InlineData("가격은 8만 9000원이다.", "8만", null)]
    [InlineData("3억5천만원을 대출받았다.", "3억5천만원", "350000000")]
    [InlineData("자본금 50억원으로 출발했다.", "50억원", "5000000000")]
    [InlineData("총 2천억원이 투입된다.", "2천억원", "200000000000")]
    [InlineData("사업비 1천2백억원이 든다.", "1천2백억원", "120000000000")]
    [InlineData("월세 65만원을 낸다.", "65만원", "650000")]
    public void Finds_korean_won_amounts(string text, string expectedText, string? amount)
    {
        if (amount is null)
        {
            // "8만 9000원": a space inside the 만 group is not a group separator, so only "9000원" is money
            MoneyMention only = Single(text);
            Assert.Equal("9000원", only.Text);
            Assert.NotEqual(expectedText, only.Text);
            return;
        }

        MoneyMention m = Single(text);
        Assert.Equal(expectedText, m.Text);
        Assert.Equal(D(amount), m.Amount);
        Assert.Equal("KRW", m.Currency);
        Assert.Null(m.Min);
        Assert.Null(m.Max);
        Assert.False(m.IsApproximate);
        Assert.Null(m.Equivalent);
    }

    [Theory]
    [InlineData("수출액이 2,500만달러로 늘었다.", "2,500만달러", "25000000", "USD")]
    [InlineData("미국 법인에 4000만달러를 투자했다.", "4000만달러", "40000000", "USD")]
    [InlineData("삼십억달러 규모가 아니라 삼십억달러다.", "삼십억달러", "3000000000", "USD")]
    [InlineData("해외 매출 5억 달러를 넘겼다.", "5억 달러", "500000000", "USD")]
    [InlineData("달러화 기준 3억달러화 채권", "3억달러화", "300000000", "USD")]
    [InlineData("1억 미국 달러 규모가 아닌 1억미국달러", "1억미국달러", "100000000", "USD")]
    [InlineData("엔화 표시 채권 30억엔을 발행했다.", "30억엔", "3000000000", "JPY")]
    [InlineData("500억 엔화가 유입됐다.", "500억 엔화", "50000000000", "JPY")]
    [InlineData("일본 자회사에 200億円이 아닌 200억円을 보냈다.", "200억円", "20000000000", "JPY")]
    [InlineData("중국에 10억위안을 투자한다.", "10억위안", "1000000000", "CNY")]
    [InlineData("3억 위안화 규모가 아닌 3억 위안화", "3억 위안화", "300000000", "CNY")]
    [InlineData("현지 법인 매출 80억元을 올렸다.", "80억元", "8000000000", "CNY")]
    [InlineData("유럽에서 2억유로를 조달했다.", "2억유로", "200000000", "EUR")]
    [InlineData("5000만 유로를 받았다.", "5000만 유로", "50000000", "EUR")]
    [InlineData("영국 펀드가 1억파운드를 투자했다.", "1억파운드", "100000000", "GBP")]
    [InlineData("3000만 파운드화 채권", "3000만 파운드화", "30000000", "GBP")]
    [InlineData("홍콩 자회사 지분 2억 홍콩달러어치", "2억 홍콩달러", "200000000", "HKD")]
    [InlineData("5000만캐나다달러를 들였다.", "5000만캐나다달러", "50000000", "CAD")]
    [InlineData("1억 호주달러 규모가 아닌 1억호주달러", "1억호주달러", "100000000", "AUD")]
    [InlineData("3억싱가포르달러를 모았다.", "3억싱가포르달러", "300000000", "SGD")]
    [InlineData("100억대만달러를 썼다.", "100억대만달러", "10000000000", "TWD")]
    [InlineData("2000만 뉴질랜드 달러를 받았다.", "2000만 뉴질랜드 달러", "20000000", "NZD")]
    [InlineData("1억 스위스프랑을 예치했다.", "1억 스위스프랑", "100000000", "CHF")]
    [InlineData("2억 스위스 프랑을 예치했다.", "2억 스위스 프랑", "200000000", "CHF")]
    [InlineData("인도 법인이 500억 루피를 벌었다.", "500억 루피", "50000000000", "INR")]
    [InlineData("3조 루피아를 투자했다.", "3조 루피아", "3000000000000", "IDR")]
    [InlineData("10억 루블을 동결했다.", "10억 루블", "1000000000", "RUB")]
    [InlineData("5억바트를 들였다.", "5억바트", "500000000", "THB")]
    [InlineData("2억링깃을 받았다.", "2억링깃", "200000000", "MYR")]
    [InlineData("1억헤알을 넘겼다.", "1억헤알", "100000000", "BRL")]
    [InlineData("하노이 공장에 1조 베트남동을 투입했다.", "1조 베트남동", "1000000000000", "VND")]
    [InlineData("3억 멕시코페소를 벌었다.", "3억 멕시코페소", "300000000", "MXN")]
    [InlineData("5억필리핀페소를 들였다.", "5억필리핀페소", "500000000", "PHP")]
    [InlineData("계좌에 ₩5,000이 남았다.", "₩5,000", "5000", "KRW")]
    [InlineData("티켓은 $300이다.", "$300", "300", "USD")]
    [InlineData("인수가는 $4.5 billion으로 알려졌다.", "$4.5 billion", "4500000000", "USD")]
    [InlineData("투자 규모는 USD 300 million이다.", "USD 300 million", "300000000", "USD")]
    [InlineData("부채가 US$1.2bn에 달한다.", "US$1.2bn", "1200000000", "USD")]
    [InlineData("유럽 투자액 €20 million 중 일부", "€20 million", "20000000", "EUR")]
    [InlineData("영국 매출 £3.5bn을 기록", "£3.5bn", "3500000000", "GBP")]
    [InlineData("HK$10 billion 규모의 펀드가 아닌 HK$10 billion", "HK$10 billion", "10000000000", "HKD")]
    [InlineData("싱가포르 자금 S$200m이 들어왔다.", "S$200m", "200000000", "SGD")]
    [InlineData("호주 광산에 A$1.5 billion을 쓴다.", "A$1.5 billion", "1500000000", "AUD")]
    [InlineData("대만 매출 NT$3000이 아니라 NT$3000", "NT$3000", "3000", "TWD")]
    [InlineData("캐나다 C$50 million 투자", "C$50 million", "50000000", "CAD")]
    [InlineData("EUR 15 million loan 계약", "EUR 15 million", "15000000", "EUR")]
    [InlineData("KRW 2,000,000 송금", "KRW 2,000,000", "2000000", "KRW")]
    [InlineData("이번에 미화 300만달러를 받았다.", "미화 300만달러", "3000000", "USD")]
    [InlineData("미화 5억 달러 상당이 아닌 미화 5억 달러", "미화 5억 달러", "500000000", "USD")]
    [InlineData("환전액 $45억이 기록됐다.", "$45억", "4500000000", "USD")]
    [InlineData("결제액 300 USD를 청구했다.", "300 USD", "300", "USD")]
    [InlineData("위안화 기준 RMB 50 million을 송금", "RMB 50 million", "50000000", "CNY")]
    [InlineData("엔화 ¥1,000를 냈다.", "¥1,000", "1000", "JPY")]
    public void Finds_foreign_and_symbol_currencies(string text, string expectedText, string amount, string currency)
    {
        MoneyMention m = Parser.FindAll(text).Last();
        Assert.Equal(expectedText, m.Text);
        Assert.Equal(D(amount), m.Amount);
        Assert.Equal(currency, m.Currency);
        Assert.Equal(m.Text, text.Substring(m.Offset, m.Length));
    }

    [Theory]
    [InlineData("300억원을", "300억원")]
    [InlineData("300억원의", "300억원")]
    [InlineData("(300억원)", "300억원")]
    [InlineData("300억원, 200억원", "300억원")]
    [InlineData("300억원이다", "300억원")]
    [InlineData("300억원이었다", "300억원")]
    [InlineData("300억원으로", "300억원")]
    [InlineData("300억원씩", "300억원")]
    [InlineData("300억원짜리", "300억원")]
    [InlineData("300억원어치", "300억원")]
    [InlineData("300억원까지", "300억원")]
    [InlineData("300억원보다", "300억원")]
    [InlineData("300억원만", "300억원")]
    [InlineData("300억원도", "300억원")]
    [InlineData("300억원과", "300억원")]
    [InlineData("300억원인", "300억원")]
    [InlineData("300억원에", "300억원")]
    [InlineData("300억원은", "300억원")]
    [InlineData("300억원이나", "300억원")]
    [InlineData("300억원뿐", "300억원")]
    [InlineData("300억원.", "300억원")]
    [InlineData("300억원\"", "300억원")]
    [InlineData("4000만달러를", "4000만달러")]
    [InlineData("4000만달러다", "4000만달러")]
    [InlineData("30억엔은", "30억엔")]
    [InlineData("2억유로로", "2억유로")]
    public void Stops_before_particles_and_punctuation(string text, string expectedText)
    {
        MoneyMention m = Parser.FindAll(text)[0];
        Assert.Equal(expectedText, m.Text);
        Assert.Equal(text.IndexOf(expectedText, StringComparison.Ordinal), m.Offset);
    }

    [Theory]
    [InlineData("2021년 매출이 늘었다.")]
    [InlineData("지난 23일 발표했다.")]
    [InlineData("경기가 6달 만에 회복했다.")]
    [InlineData("사고 원인을 조사했다.")]
    [InlineData("병원 원장이 말했다.")]
    [InlineData("위원회 위원들이 모였다.")]
    [InlineData("회원 수가 늘었다.")]
    [InlineData("정부 지원이 끊겼다.")]
    [InlineData("여기에는 이유가 있다.")]
    [InlineData("업계 1위를 지켰다.")]
    [InlineData("3분기 실적이 좋았다.")]
    [InlineData("문의는 02-1234-5678로 하면 된다.")]
    [InlineData("상담 전화 1588-1234")]
    [InlineData("종목코드 005930은 반도체 종목이다.")]
    [InlineData("회사는 3원칙을 세웠다.")]
    [InlineData("V8엔진을 달았다.")]
    [InlineData("2엔터 소속 가수")]
    [InlineData("유로존 경제가 둔화했다.")]
    [InlineData("3파운드리 공정")]
    [InlineData("10년 만에 처음이다.")]
    [InlineData("만원 버스에 올랐다.")]
    [InlineData("구원 투수가 나섰다.")]
    [InlineData("사원 3명이 퇴사했다.")]
    [InlineData("1조 2조로 나뉘어 경기했다.")]
    [InlineData("경제가 회복세다.")]
    [InlineData("조사 결과가 나왔다.")]
    [InlineData("백화점 매출이 줄었다.")]
    [InlineData("천천히 늘었다.")]
    [InlineData("오후 3시 30분에 열린다.")]
    [InlineData("2021.11.25 발표")]
    [InlineData("제3원칙을 따른다.")]
    [InlineData("버전 2.5.1을 배포했다.")]
    [InlineData("점유율 3.5%를 기록했다.")]
    [InlineData("직원 100명을 뽑는다.")]
    [InlineData("4개월 연속 증가했다.")]
    [InlineData("1,000여명이 참석했다.")]
    [InlineData("5G 서비스를 시작했다.")]
    [InlineData("20대 남성이 늘었다.")]
    [InlineData("30만 명이 방문했다.")]
    [InlineData("일부 사업을 접었다.")]
    [InlineData("오는 10월 출시한다.")]
    [InlineData("수출 증가세가 이어졌다.")]
    [InlineData("몇 명이 왔는지 모른다.")]
    [InlineData("적자가 3억이 넘는다.")]
    [InlineData("영업익 300억 규모")]
    [InlineData("5일만에 돌아왔다.")]
    [InlineData("1만여 명이 모였다.")]
    [InlineData("3천 명이 참가했다.")]
    [InlineData("3위안부 문제가 아닌 위안부 문제")]
    [InlineData("A300원 모델명")]
    [InlineData("이사원이 발표했다.")]
    [InlineData("회사원 김씨")]
    [InlineData("삼원색을 섞었다.")]
    [InlineData("이원화 전략")]
    [InlineData("일원화된 창구")]
    [InlineData("오만한 태도")]
    [InlineData("천원짜리가 아니라 천원")]
    [InlineData("백원 동전")]
    [InlineData("억원 단위로 센다")]
    [InlineData("9999경조원")]
    [InlineData("1234567890123456789012345678901234567890원")]
    [InlineData("99999999999999999999999원")]
    [InlineData("1.123456789012원")]
    [InlineData("만만만만원")]
    [InlineData("억억원")]
    [InlineData("3조억원")]
    [InlineData("1억만원")]
    [InlineData("12천원")]
    [InlineData("4천1746억원")]
    [InlineData("")]
    [InlineData("원")]
    [InlineData("$")]
    [InlineData("달러")]
    public void Finds_no_money_in_traps_and_nonsense(string text)
    {
        Assert.Empty(Parser.FindAll(text));
    }

    [Theory]
    // text, mention text, amount, min, max, approximate, qualifier
    [InlineData("약 475억원을 벌었다.", "약 475억원", "47500000000", null, null, true, "약")]
    [InlineData("대략 2조원이 필요하다.", "대략 2조원", "2000000000000", null, null, true, "대략")]
    [InlineData("약300억원이 들었다.", "약300억원", "30000000000", null, null, true, "약")]
    [InlineData("100억원 규모의 투자", "100억원 규모", "10000000000", null, null, false, "규모")]
    [InlineData("100억원규모로 커졌다", "100억원규모", "10000000000", null, null, false, "규모")]
    [InlineData("450여억원을 썼다.", "450여억원", "45000000000", "45000000000", null, true, "여")]
    [InlineData("450억여원을 썼다.", "450억여원", "45000000000", "45000000000", null, true, "여")]
    [InlineData("30여만원이 들었다.", "30여만원", "300000", "300000", null, true, "여")]
    [InlineData("수백억원을 날렸다.", "수백억원", "10000000000", "10000000000", "90000000000", true, "수")]
    [InlineData("수십조원이 풀렸다.", "수십조원", "10000000000000", "10000000000000", "90000000000000", true, "수")]
    [InlineData("수천만 달러를 투자했다.", "수천만 달러", "10000000", "10000000", "90000000", true, "수")]
    [InlineData("수억원을 받았다.", "수억원", "100000000", "100000000", "900000000", true, "수")]
    [InlineData("몇십억 원이 들었다.", "몇십억 원", "1000000000", "1000000000", "9000000000", true, "몇")]
    [InlineData("십수억원을 잃었다.", "십수억원", "1100000000", "1100000000", "1900000000", true, "십수")]
    [InlineData("십수조 원대 시장", "십수조 원대", "11000000000000", "11000000000000", "20000000000000", true, "십수 대")]
    [InlineData("수조 원이 필요하다.", "수조 원", "1000000000000", "1000000000000", "9000000000000", true, "수")]
    [InlineData("수천억원대 소송", "수천억원대", "100000000000", "100000000000", "1000000000000", true, "수 대")]
    [InlineData("6만 원대 제품", "6만 원대", "60000", "60000", "70000", true, "대")]
    [InlineData("1000억원대 매출", "1000억원대", "100000000000", "100000000000", "200000000000", true, "대")]
    [InlineData("억원대 연봉을 받는다.", "억원대", "100000000", "100000000", "1000000000", true, "대")]
    [InlineData("1500억원대의 손실", "1500억원대", "150000000000", "150000000000", "160000000000", true, "대")]
    [InlineData("30억원대로 늘었다", "30억원대", "3000000000", "3000000000", "4000000000", true, "대")]
    [InlineData("만원대 제품이 잘 팔린다.", "만원대", "10000", "10000", "100000", true, "대")]
    [InlineData("수백억원대 소송", "수백억원대", "10000000000", "10000000000", "100000000000", true, "수 대")]
    [InlineData("3억 원 이상을 벌었다.", "3억 원 이상", "300000000", "300000000", null, false, "이상")]
    [InlineData("5억원 미만의 소액", "5억원 미만", "500000000", null, "500000000", false, "미만")]
    [InlineData("최대 2조원을 투입한다.", "최대 2조원", "2000000000000", null, "2000000000000", false, "최대")]
    [InlineData("최소 500억원이 필요하다.", "최소 500억원", "50000000000", "50000000000", null, false, "최소")]
    [InlineData("10억원 초과 거래", "10억원 초과", "1000000000", "1000000000", null, false, "초과")]
    [InlineData("10억원 이하 거래", "10억원 이하", "1000000000", null, "1000000000", false, "이하")]
    [InlineData("200억원 가량이 필요하다.", "200억원 가량", "20000000000", null, null, true, "가량")]
    [InlineData("200억원가량이 필요하다.", "200억원가량", "20000000000", null, null, true, "가량")]
    [InlineData("주가가 1000원선을 지켰다.", "1000원선", "1000", null, null, true, "선")]
    [InlineData("50억원 안팎이다.", "50억원 안팎", "5000000000", null, null, true, "안팎")]
    [InlineData("50억원 내외로 예상된다.", "50억원 내외", "5000000000", null, null, true, "내외")]
    [InlineData("20억원 남짓을 모았다.", "20억원 남짓", "2000000000", "2000000000", null, true, "남짓")]
    [InlineData("100억원 넘게 벌었다.", "100억원 넘게", "10000000000", "10000000000", null, false, "넘게")]
    [InlineData("300억원 상당의 주식", "300억원 상당", "30000000000", null, null, false, "상당")]
    [InlineData("1조원 수준이다.", "1조원 수준", "1000000000000", null, null, true, "수준")]
    [InlineData("약 450여억원이 투입됐다.", "약 450여억원", "45000000000", "45000000000", null, true, "약 여")]
    [InlineData("최대 1000억원 규모의 펀드", "최대 1000억원 규모", "100000000000", null, "100000000000", false, "최대 규모")]
    [InlineData("200억원쯤 든다.", "200억원쯤", "20000000000", null, null, true, "쯤")]
    [InlineData("최고 5억원의 상금", "최고 5억원", "500000000", null, "500000000", false, "최고")]
    [InlineData("최저 1만원부터", "최저 1만원", "10000", "10000", null, false, "최저")]
    [InlineData("약 $4.5 billion 규모", "약 $4.5 billion 규모", "4500000000", null, null, true, "약 규모")]
    public void Reads_qualifiers(string text, string expectedText, string amount, string? min, string? max, bool approximate, string qualifier)
    {
        MoneyMention m = Single(text);
        Assert.Equal(expectedText, m.Text);
        Assert.Equal(D(amount), m.Amount);
        Assert.Equal(N(min), m.Min);
        Assert.Equal(N(max), m.Max);
        Assert.Equal(approximate, m.IsApproximate);
        Assert.Equal(qualifier, m.Qualifier);
    }

    [Theory]
    [InlineData("1000억원대 매출", MoneyQualifiers.Band, false, true)]
    [InlineData("5억원 미만의 소액", MoneyQualifiers.LessThan, false, true)]
    [InlineData("10억원 초과 거래", MoneyQualifiers.MoreThan, true, false)]
    [InlineData("3억 원 이상을 벌었다.", MoneyQualifiers.AtLeast, false, false)]
    [InlineData("약 475억원을 벌었다.", MoneyQualifiers.Approximately, false, false)]
    [InlineData("수백억원을 날렸다.", MoneyQualifiers.Several, false, false)]
    [InlineData("10억~20억원을 쓴다.", MoneyQualifiers.Range, false, false)]
    public void Reports_qualifier_flags_and_exclusive_bounds(string text, MoneyQualifiers expected, bool minExclusive, bool maxExclusive)
    {
        MoneyMention m = Single(text);
        Assert.True(m.Qualifiers.HasFlag(expected), $"{m.Qualifiers} lacks {expected}");
        Assert.Equal(minExclusive, m.IsMinExclusive);
        Assert.Equal(maxExclusive, m.IsMaxExclusive);
    }

    [Theory]
    [InlineData("사업비 10억~20억원을 쓴다.", "10억~20억원", "1000000000", "2000000000", "KRW", "~")]
    [InlineData("사업비 10~20억원을 쓴다.", "10~20억원", "1000000000", "2000000000", "KRW", "~")]
    [InlineData("사업비 10억 ~ 20억원을 쓴다.", "10억 ~ 20억원", "1000000000", "2000000000", "KRW", "~")]
    [InlineData("10억원에서 20억원 사이로 본다.", "10억원에서 20억원", "1000000000", "2000000000", "KRW", "에서")]
    [InlineData("10억원부터 20억원까지 투자한다.", "10억원부터 20억원까지", "1000000000", "2000000000", "KRW", "부터")]
    [InlineData("3~4천억원이 필요하다.", "3~4천억원", "300000000000", "400000000000", "KRW", "~")]
    [InlineData("5000만~1억원 사이", "5000만~1억원", "50000000", "100000000", "KRW", "~")]
    [InlineData("1조~1조5000억원을 쓴다.", "1조~1조5000억원", "1000000000000", "1500000000000", "KRW", "~")]
    [InlineData("10억 내지 20억원이 든다.", "10억 내지 20억원", "1000000000", "2000000000", "KRW", "내지")]
    [InlineData("가격은 300~500달러다.", "300~500달러", "300", "500", "USD", "~")]
    [InlineData("10억원~20억원이 든다.", "10억원~20억원", "1000000000", "2000000000", "KRW", "~")]
    [InlineData("1억~2억달러를 투자한다.", "1억~2억달러", "100000000", "200000000", "USD", "~")]
    [InlineData("10-20억원을 투자한다.", "10-20억원", "1000000000", "2000000000", "KRW", "-")]
    [InlineData("2~3조원대가 아닌 2~3조원", "2~3조원", "2000000000000", "3000000000000", "KRW", "~")]
    [InlineData("1만~3만원대가 아니라 1만~3만원", "1만~3만원", "10000", "30000", "KRW", "~")]
    [InlineData("30억~50억엔이 들었다.", "30억~50억엔", "3000000000", "5000000000", "JPY", "~")]
    [InlineData("투자액은 $3-5 billion으로 추정된다.", "$3-5 billion", "3000000000", "5000000000", "USD", "-")]
    [InlineData("인수가는 $3 to $5 billion 사이다.", "$3 to $5 billion", "3000000000", "5000000000", "USD", "to")]
    [InlineData("부채는 US$3bn-US$5bn에 이른다.", "US$3bn-US$5bn", "3000000000", "5000000000", "USD", "-")]
    [InlineData("유럽에 €20–30 million을 쓴다.", "€20–30 million", "20000000", "30000000", "EUR", "-")]
    [InlineData("매각가는 $900 million to $1.2 billion으로 본다.", "$900 million to $1.2 billion", "900000000", "1200000000", "USD", "to")]
    [InlineData("목표가는 $30-$40이다.", "$30-$40", "30", "40", "USD", "-")]
    [InlineData("조달 규모는 £2 - 4bn이다.", "£2 - 4bn", "2000000000", "4000000000", "GBP", "-")]
    public void Reads_ranges(string text, string expectedText, string min, string max, string currency, string qualifier)
    {
        MoneyMention m = Parser.FindAll(text).Last();
        Assert.Equal(expectedText, m.Text);
        Assert.Equal(D(min), m.Amount);
        Assert.Equal(D(min), m.Min);
        Assert.Equal(D(max), m.Max);
        Assert.Equal(currency, m.Currency);
        Assert.Equal(qualifier, m.Qualifier);
        Assert.True(m.Qualifiers.HasFlag(MoneyQualifiers.Range));
    }

    [Theory]
    [InlineData("매출이 10억원에서 20억원으로 늘었다.", "10억원|20억원")]
    [InlineData("20억~10억원", "10억원")]
    [InlineData("1억원~2억달러", "1억원|2억달러")]
    [InlineData("$5-3 billion", "$5")]
    [InlineData("$3 billion-5 units", "$3 billion")]
    [InlineData("$3-€5 billion", "$3|€5 billion")]
    [InlineData("$3-5억원", "$3|5억원")]
    [InlineData("매출 3조원, 영업이익 4000억원, 순이익 2500억원을 기록했다.", "3조원|4000억원|2500억원")]
    [InlineData("300억원(250억원)", "300억원|250억원")]
    [InlineData("300억원(전년 대비 10% 증가)을 기록했다.", "300억원")]
    [InlineData("2021년 3월 23일 300억원을 받고 6달 만에 200억원을 갚았다.", "300억원|200억원")]
    [InlineData("지원금 1000만원과 병원비 200만원", "1000만원|200만원")]
    [InlineData("1위 업체가 3분기에 1조원을 벌었다.", "1조원")]
    [InlineData("위원회는 5억원 이상 10억원 미만 거래를 본다.", "5억원 이상|10억원 미만")]
    [InlineData("$300, €200, £100", "$300|€200|£100")]
    [InlineData("4000만달러(약 475억원)와 500만유로(약 68억원)", "4000만달러(약 475억원)|500만유로(약 68억원)")]
    [InlineData("30억엔 1000억원", "30억엔|1000억원")]
    [InlineData("수익 200억원, 손실은 수십억원", "200억원|수십억원")]
    [InlineData("원·달러 환율이 1,300원대로 올라 1달러=1300원 선이 깨졌다.", "1,300원대|1달러|1300원")]
    [InlineData("전년 300억원대비 늘어난 400억원", "300억원|400억원")]
    [InlineData("조원 3명과 김조원 씨가 1조원을 모았다.", "1조원")]
    [InlineData("추억의 억제 정책 속에 1억원", "1억원")]
    [InlineData("천만다행으로 천만원을 지켰다.", "천만원")]
    [InlineData("10억원(10%)을 배당했다.", "10억원")]
    public void Finds_every_mention_in_order(string text, string expected)
    {
        string[] texts = Parser.FindAll(text).Select(m => m.Text).ToArray();
        Assert.Equal(expected.Split('|'), texts);
    }

    [Theory]
    [InlineData("4000만달러(약 475억원)를 투자했다.", "4000만달러(약 475억원)", "40000000", "USD", "47500000000", "KRW", true)]
    [InlineData("1억달러(한화 약 1190억원) 규모가 아닌 1억달러(한화 약 1190억원)", "1억달러(한화 약 1190억원)", "100000000", "USD", "119000000000", "KRW", true)]
    [InlineData("500만유로(약 68억원)을 받았다.", "500만유로(약 68억원)", "5000000", "EUR", "6800000000", "KRW", true)]
    [InlineData("300억원(약 2500만달러)을 모았다.", "300억원(약 2500만달러)", "30000000000", "KRW", "25000000", "USD", true)]
    [InlineData("2억 달러(우리 돈 약 2600억원)가 들었다.", "2억 달러(우리 돈 약 2600억원)", "200000000", "USD", "260000000000", "KRW", true)]
    [InlineData("1000억엔 (약 9000억원)을 모았다.", "1000억엔 (약 9000억원)", "100000000000", "JPY", "900000000000", "KRW", true)]
    [InlineData("3000만 달러(한화 360억원)를 유치했다.", "3000만 달러(한화 360억원)", "30000000", "USD", "36000000000", "KRW", false)]
    [InlineData("10억위안(약 1800억원)이 투입됐다.", "10억위안(약 1800억원)", "1000000000", "CNY", "180000000000", "KRW", true)]
    [InlineData("$4.5 billion(약 5조9000억원)에 인수했다.", "$4.5 billion(약 5조9000억원)", "4500000000", "USD", "5900000000000", "KRW", true)]
    [InlineData("5000억원(미화 약 3억8000만달러)을 조달했다.", "5000억원(미화 약 3억8000만달러)", "500000000000", "KRW", "380000000", "USD", true)]
    [InlineData("2억파운드( 약 3400억원 )를 썼다.", "2억파운드( 약 3400억원 )", "200000000", "GBP", "340000000000", "KRW", true)]
    [InlineData("1억달러(원화 1300억원)가 들어왔다.", "1억달러(원화 1300억원)", "100000000", "USD", "130000000000", "KRW", false)]
    public void Links_parenthesised_conversions_into_one_mention(
        string text, string expectedText, string amount, string currency, string eqAmount, string eqCurrency, bool eqApproximate)
    {
        MoneyMention m = Single(text.Contains("아닌", StringComparison.Ordinal) ? text[(text.IndexOf("아닌", StringComparison.Ordinal) + 3)..] : text);
        Assert.Equal(expectedText, m.Text);
        Assert.Equal(D(amount), m.Amount);
        Assert.Equal(currency, m.Currency);
        Assert.NotNull(m.Equivalent);
        Assert.Equal(D(eqAmount), m.Equivalent!.Value.Amount);
        Assert.Equal(eqCurrency, m.Equivalent.Value.Currency);
        Assert.Equal(eqApproximate, m.Equivalent.Value.IsApproximate);
    }

    [Fact]
    public void Linked_conversion_can_be_followed_by_a_qualifier()
    {
        MoneyMention m = Single("4000만달러(약 475억원) 규모의 투자");
        Assert.Equal("4000만달러(약 475억원) 규모", m.Text);
        Assert.Equal("규모", m.Qualifier);
        Assert.Equal(47500000000m, m.Equivalent!.Value.Amount);
    }

    [Theory]
    [InlineData("순이익은 -50억원이었다.", "-50억원", "-5000000000", null, null)]
    [InlineData("영업이익 (-120억원)", "-120억원", "-12000000000", null, null)]
    [InlineData("순손실 −3억원", "−3억원", "-300000000", null, null)]
    [InlineData("손익은 마이너스 50억원이다.", "마이너스 50억원", "-5000000000", null, null)]
    [InlineData("손익은 마이너스50억원이다.", "마이너스50억원", "-5000000000", null, null)]
    [InlineData("순손실 -$3.5 million", "-$3.5 million", "-3500000", null, null)]
    [InlineData("적자 -수십억원", "-수십억원", "-1000000000", "-9000000000", "-1000000000")] // a magnitude band mirrors
    [InlineData("적자 -50여억원", "-50여억원", "-5000000000", null, "-5000000000")]
    [InlineData("손익 -10억~20억원 전망", "-10억~20억원", "-1000000000", "-1000000000", "2000000000")] // the sign is the lower end's
    [InlineData("손실 -50억원 이상", "-50억원 이상", "-5000000000", "-5000000000", null)] // 이상 bounds the signed amount
    public void Reads_negative_amounts(string text, string expectedText, string amount, string? min, string? max)
    {
        MoneyMention m = Assert.Single(Parser.FindAll(text));
        Assert.Equal(expectedText, m.Text);
        Assert.Equal(decimal.Parse(amount, CultureInfo.InvariantCulture), m.Amount);
        Assert.Equal(min is null ? null : decimal.Parse(min, CultureInfo.InvariantCulture), m.Min);
        Assert.Equal(max is null ? null : decimal.Parse(max, CultureInfo.InvariantCulture), m.Max);
    }

    [Theory]
    [InlineData("10-20억원", "10-20억원", "1000000000")] // a range hyphen after a digit
    [InlineData("A-50억원", "50억원", "5000000000")] // a hyphen inside a code
    [InlineData("- 50억원 투자", "50억원", "5000000000")] // a list dash with a space
    [InlineData("2021-50억원", "50억원", "5000000000")]
    [InlineData("영업손실 △120억원", "120억원", "12000000000")] // △ is also a list bullet: left alone
    public void Hyphens_that_are_not_signs_leave_the_amount_positive(string text, string expectedText, string amount)
    {
        MoneyMention m = Assert.Single(Parser.FindAll(text));
        Assert.Equal(expectedText, m.Text);
        Assert.Equal(decimal.Parse(amount, CultureInfo.InvariantCulture), m.Amount);
    }

    [Fact]
    public void Negative_amount_carries_its_sign_to_the_linked_conversion()
    {
        MoneyMention m = Assert.Single(Parser.FindAll("순손실 -4000만달러(약 475억원)"));
        Assert.Equal(-40_000_000m, m.Amount);
        Assert.Equal(-47_500_000_000m, m.Equivalent!.Value.Amount);
    }

    [Fact]
    public void Negative_signs_can_be_turned_off()
    {
        var parser = new MoneyParser(MoneyParserOptions.Default with { ReadNegativeSigns = false });
        MoneyMention m = Assert.Single(parser.FindAll("순이익은 -50억원이었다."));
        Assert.Equal(("50억원", 5_000_000_000m), (m.Text, m.Amount));
    }

    [Fact]
    public void Linking_can_be_turned_off()
    {
        var parser = new MoneyParser(MoneyParserOptions.Default with { LinkEquivalents = false });
        string[] texts = parser.FindAll("4000만달러(약 475억원)").Select(m => m.Text).ToArray();
        Assert.Equal(["4000만달러", "약 475억원"], texts);
    }

    [Fact]
    public void English_forms_can_be_turned_off()
    {
        var parser = new MoneyParser(MoneyParserOptions.Default with { ReadEnglishForms = false });
        MoneyMention m = Assert.Single(parser.FindAll("$4.5 billion"));
        Assert.Equal("$4.5", m.Text);
        Assert.Equal(4.5m, m.Amount);
    }

    [Theory]
    [InlineData("영업익 300억 돌파", "300억", "30000000000")]
    [InlineData("시총 1조2000억 회복", "1조2000억", "1200000000000")]
    [InlineData("적자 오백억", "오백억", "50000000000")]
    public void Bare_amounts_use_the_configured_currency(string text, string expectedText, string amount)
    {
        var parser = new MoneyParser(MoneyParserOptions.Default with { BareAmountCurrency = "KRW" });
        MoneyMention m = Assert.Single(parser.FindAll(text));
        Assert.Equal(expectedText, m.Text);
        Assert.Equal(D(amount), m.Amount);
        Assert.Equal("KRW", m.Currency);
        Assert.Empty(Parser.FindAll(text));
    }

    [Theory]
    [InlineData("3조5000억원", "3500000000000", "KRW", false)]
    [InlineData("  300억 원  ", "30000000000", "KRW", false)]
    [InlineData("약 475억원", "47500000000", "KRW", true)]
    [InlineData("$4.5 billion", "4500000000", "USD", false)]
    [InlineData("4000만달러(약 475억원)", "40000000", "USD", false)]
    [InlineData("이십오만원", "250000", "KRW", false)]
    [InlineData("10~20억원", "1000000000", "KRW", false)]
    [InlineData("0원", "0", "KRW", false)]
    public void TryParse_reads_one_whole_expression(string text, string amount, string currency, bool approximate)
    {
        Assert.True(Parser.TryParse(text, out MoneyValue v));
        Assert.Equal(D(amount), v.Amount);
        Assert.Equal(currency, v.Currency);
        Assert.Equal(approximate, v.IsApproximate);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("300억원을")]
    [InlineData("매출 300억원")]
    [InlineData("300억")]
    [InlineData("원")]
    [InlineData("2021년")]
    [InlineData("300억원 200억원")]
    [InlineData("9999경조원")]
    public void TryParse_rejects_anything_but_one_expression(string text)
    {
        Assert.False(Parser.TryParse(text, out MoneyValue v));
        Assert.Equal(default, v);
    }

    [Fact]
    public void Span_and_string_overloads_agree_and_text_survives_offset_shifts()
    {
        const string text = "미국 법인에 4000만달러(약 475억원)를, 국내에 수백억원을 쓴다.";
        IReadOnlyList<MoneyMention> fromString = Parser.FindAll(text);
        IReadOnlyList<MoneyMention> fromSpan = Parser.FindAll(text.AsSpan());
        Assert.Equal(fromString, fromSpan);
        Assert.Equal(2, fromSpan.Count);

        MoneyMention shifted = fromSpan[1] with { Offset = fromSpan[1].Offset + 100 };
        Assert.Equal("수백억원", shifted.Text);
        Assert.Equal(fromSpan[1].Offset + 100, shifted.Offset);
        Assert.NotEqual(fromSpan[1], shifted);
        Assert.Equal(fromSpan[1], shifted with { Offset = fromSpan[1].Offset });
    }

    [Fact]
    public void Mentions_built_with_initializers_compare_by_value()
    {
        var a = new MoneyMention { Text = "300억원", Currency = "KRW", Amount = 30000000000m, Length = 5 };
        var b = new MoneyMention { Text = "300억원", Currency = "KRW", Amount = 30000000000m, Length = 5 };
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(a, Parser.FindAll("300억원")[0]);
        Assert.NotEqual(a, b with { Text = "삼백억원" });
    }

    [Fact]
    public void Parser_is_reusable_across_threads()
    {
        const string text = "매출 3조원, 영업이익 4000억원, 순이익 2500억원, 해외 4000만달러(약 475억원)";
        Parallel.For(0, 64, _ =>
        {
            IReadOnlyList<MoneyMention> all = Parser.FindAll(text);
            Assert.Equal(4, all.Count);
            Assert.Equal(3_000_000_000_000m, all[0].Amount);
        });
    }

    [Fact]
    public void EnumerateAll_StreamsTheMentionsFindAllReturns_AndScansAgainOnEachEnumeration()
    {
        const string text = "예시전자가 3조5000억원을 투자하고 4000만달러(약 475억원)를 빌렸다. 순이익은 1,200억원이다.";
        IEnumerable<MoneyMention> streamed = MoneyParser.Default.EnumerateAll(text);
        Assert.Equal(MoneyParser.Default.FindAll(text), streamed.ToList());
        Assert.Equal(MoneyParser.Default.FindAll(text), streamed.ToList());
        Assert.Equal("3조5000억원", streamed.First().Text);
        Assert.Empty(MoneyParser.Default.EnumerateAll(null));
    }
}
