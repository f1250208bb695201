using FsCheck;
using FsCheck.Xunit;
using KoNewsParse.Duplicates;
using Xunit.Abstractions;

namespace KoNewsParse.Tests.Duplicates;

public class BoilerplateDetectorTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("<저작권자 ⓒ 한빛경제, 무단전재 및 재배포 금지>", BoilerplateKind.Copyright)]
    [InlineData("Copyright ⓒ Example Press. All rights reserved.", BoilerplateKind.Copyright)]
    [InlineData("ⓒ 예시일보", BoilerplateKind.Copyright)]
    [InlineData("저작권자 예시신문", BoilerplateKind.Copyright)]
    [InlineData("<ⓒ예시뉴스 - AI학습 이용 금지>", BoilerplateKind.Copyright)]
    [InlineData("관련기사", BoilerplateKind.RelatedArticles)]
    [InlineData("[관련 기사] 반도체 수출 석 달째 증가", BoilerplateKind.RelatedArticles)]
    [InlineData("▶ 많이 본 뉴스", BoilerplateKind.RelatedArticles)]
    [InlineData("☞ 예시경제 주요 뉴스 한눈에 보기", BoilerplateKind.RelatedArticles)]
    [InlineData("홍길동 기자의 다른 기사", BoilerplateKind.RelatedArticles)]
    [InlineData("▶ 예시신문 네이버 채널 구독하기", BoilerplateKind.Subscription)]
    [InlineData("[예시일보 카카오톡 채널 추가하고 뉴스 받아보기]", BoilerplateKind.Subscription)]
    [InlineData("기자 구독", BoilerplateKind.Subscription)]
    [InlineData("▶ 제보는 카톡 okjebo", BoilerplateKind.Subscription)]
    [InlineData("홍길동 기자 gildong@example.co.kr", BoilerplateKind.Byline)]
    [InlineData("[홍길동·김철수 기자]", BoilerplateKind.Byline)]
    [InlineData("글·사진 홍길동 기자", BoilerplateKind.Byline)]
    [InlineData("gildong@example.co.kr", BoilerplateKind.Byline)]
    [InlineData("/홍길동 특파원", BoilerplateKind.Byline)]
    [InlineData("신공장 전경. /사진제공=예시전자", BoilerplateKind.PhotoCaption)]
    [InlineData("사진=게티이미지뱅크", BoilerplateKind.PhotoCaption)]
    [InlineData("그래픽=김유나 디자인기자", BoilerplateKind.PhotoCaption)]
    [InlineData("▲ 서울 여의도 증권가 모습", BoilerplateKind.PhotoCaption)]
    [InlineData("서울 용산구 본사 전경. /예시뉴스", BoilerplateKind.PhotoCaption)]
    [InlineData("페이스북 트위터 카카오톡 URL복사 프린트", BoilerplateKind.ShareUi)]
    [InlineData("좋아요 0 댓글 0", BoilerplateKind.ShareUi)]
    [InlineData("공유하기", BoilerplateKind.ShareUi)]
    [InlineData("좋아요 12 훈훈해요 3 슬퍼요 0 화나요 1", BoilerplateKind.ShareUi)]
    [InlineData("추천해요 0 좋아요 4 감동이에요 0 화나요 0 슬퍼요 2", BoilerplateKind.ShareUi)]
    [InlineData("글씨크기 변경", BoilerplateKind.ShareUi)]
    [InlineData("[더보기]", BoilerplateKind.ShareUi)]
    [InlineData("더 보기", BoilerplateKind.ShareUi)]
    [InlineData("기사 요약", BoilerplateKind.ShareUi)]
    [InlineData("AI 요약", BoilerplateKind.ShareUi)]
    [InlineData("기자프로필", BoilerplateKind.ShareUi)]
    [InlineData("입력 2021.11.25 14:35", BoilerplateKind.Metadata)]
    [InlineData("기사입력 2021-11-25 오후 2:35", BoilerplateKind.Metadata)]
    [InlineData("[2021-11-25 14:35]", BoilerplateKind.Metadata)]
    [InlineData("기사승인 2021-11-25 14:35", BoilerplateKind.Metadata)]
    [InlineData("기사등록 : 2021.11.25 14:35", BoilerplateKind.Metadata)]
    [InlineData("최초 등록 2021.11.25 오후 2:35", BoilerplateKind.Metadata)]
    [InlineData("2021.11.25 14:35 기사승인", BoilerplateKind.Metadata)]
    [InlineData("[광고]", BoilerplateKind.Advertisement)]
    [InlineData("[송고] 2025.04.01 09:10", BoilerplateKind.Metadata)]
    [InlineData("작성일 2025-04-01 09:10", BoilerplateKind.Metadata)]
    [InlineData("작성 2025.04.01 09:10 | 업데이트 2025.04.01 10:00", BoilerplateKind.Metadata)]
    [InlineData("(발행) 2025.04.01 오전 9:10", BoilerplateKind.Metadata)]
    [InlineData("댓글 3", BoilerplateKind.ShareUi)]
    [InlineData("공감 5  댓글 2", BoilerplateKind.ShareUi)]
    [InlineData("추천 0 | 비추천 0", BoilerplateKind.ShareUi)]
    [InlineData("의견쓰기 (0)", BoilerplateKind.ShareUi)]
    [InlineData("댓글쓰기 [12]", BoilerplateKind.ShareUi)]
    [InlineData("조회 1,234", BoilerplateKind.ShareUi)]
    [InlineData("좋아요 2 화나요 0 후속기사 원해요 5", BoilerplateKind.ShareUi)]
    [InlineData("목록으로  맨위로", BoilerplateKind.ShareUi)]
    [InlineData("목록 | TOP", BoilerplateKind.ShareUi)]
    [InlineData("처음으로", BoilerplateKind.ShareUi)]
    [InlineData("댓글 0  첫 댓글을 남겨 주세요.", BoilerplateKind.ShareUi)]
    [InlineData("요약  아래 요약문은 AI가 만들었으며 오류가 있을 수 있습니다.", BoilerplateKind.ShareUi)]
    [InlineData("공유하기 | 이 기사를 친구에게 보내 보세요", BoilerplateKind.ShareUi)]
    [InlineData("김민재 기자 프로필", BoilerplateKind.Byline)]
    [InlineData("박하늘 특파원 구독 +", BoilerplateKind.Byline)]
    [InlineData("이도윤 기자 팔로우", BoilerplateKind.Byline)]
    [InlineData("정하늘 인턴기자 프로필 보기", BoilerplateKind.Byline)]
    [InlineData("◀ 이전기사", BoilerplateKind.RelatedArticles)]
    [InlineData("셔터스톡", BoilerplateKind.PhotoCaption)]
    [InlineData("AFP=연합뉴스", BoilerplateKind.PhotoCaption)]
    [InlineData("[Getty Images]", BoilerplateKind.PhotoCaption)]
    [InlineData("픽사베이 제공", BoilerplateKind.PhotoCaption)]
    [InlineData("▲ 지난 3일 열린 신제품 공개 행사 현장", BoilerplateKind.PhotoCaption)]
    [InlineData("본 연재 기사는 예시재단의 후원을 받아 제작됐습니다.", BoilerplateKind.Notice)]
    [InlineData("이 기획 시리즈는 지역언론발전기금의 지원을 받았습니다.", BoilerplateKind.Notice)]
    [InlineData("이번 기사는 예시재단의 협찬으로 작성되었습니다.", BoilerplateKind.Notice)]
    [InlineData("네이버에서 예시일보 구독 +", BoilerplateKind.Subscription)]
    [InlineData("[기자 구독]", BoilerplateKind.Subscription)]
    [InlineData("기사 제보는 메일로", BoilerplateKind.Subscription)]
    [InlineData("Haneul's Weekly Copyright 2026 All rights reserved", BoilerplateKind.Copyright)]
    [InlineData("가온경제 | 나라온 기자 | 2026.03.14 09:05", BoilerplateKind.Byline)]
    [InlineData("바다일보 한결 기자 | 입력 2026.02.01 18:40 | 댓글 4", BoilerplateKind.Byline)]
    [InlineData("새봄비즈 | 도해람 특파원 | 승인 2026.01.09 07:30", BoilerplateKind.Byline)]
    [InlineData("기자 보기 | 모하린 기자 | hlmo@example.kr", BoilerplateKind.Byline)]
    [InlineData("누리테크 반도체팀 하윤슬 기자", BoilerplateKind.Byline)]
    [InlineData("산업부 차도윤 기자", BoilerplateKind.Byline)]
    [InlineData("주다온 기자 / 다른기사 보기", BoilerplateKind.RelatedArticles)]
    [InlineData("2026.04.02 (목) 08:51 수정", BoilerplateKind.Metadata)]
    [InlineData("2026년 4월 2일 08시 51분 입력", BoilerplateKind.Metadata)]
    [InlineData("홈 > 경제 > 금융·증권", BoilerplateKind.ShareUi)]
    [InlineData("뉴스 › 산업", BoilerplateKind.ShareUi)]
    [InlineData("산업 · 에너지", BoilerplateKind.ShareUi)]
    [InlineData("카카오톡", BoilerplateKind.ShareUi)]
    [InlineData("공유", BoilerplateKind.ShareUi)]
    [InlineData("이 기사를 추천합니다", BoilerplateKind.ShareUi)]
    [InlineData("로그인하시면 댓글을 남기실 수 있습니다.", BoilerplateKind.ShareUi)]
    [InlineData("기사에 대한 생각을 들려주세요 (댓글 3)", BoilerplateKind.ShareUi)]
    [InlineData("12개의 댓글", BoilerplateKind.ShareUi)]
    [InlineData("8일 경기 화성의 한 물류센터 내부 모습. 게티이미지", BoilerplateKind.PhotoCaption)]
    [InlineData("연구진이 시제품 배터리를 점검하고 있다. 다온에너지 제공", BoilerplateKind.PhotoCaption)]
    [InlineData("[앵커]", BoilerplateKind.Byline)]
    [InlineData("【리포트】", BoilerplateKind.Byline)]
    [InlineData("촬영:배하온/편집:서지율", BoilerplateKind.Byline)]
    [InlineData("영상취재 나도현 영상편집 윤채아", BoilerplateKind.Byline)]
    [InlineData("대외협력팀 031-000-4567", BoilerplateKind.Byline)]
    [InlineData("하예준 기자 입력 2026.06.03 10:20", BoilerplateKind.Byline)]
    [InlineData("By 라온 Reporter | Published 2026.06.03 10:20 KST", BoilerplateKind.Byline)]
    [InlineData("2026년 6월호 | 조회 1,024", BoilerplateKind.Byline)]
    [InlineData("예시브리핑 No.41 | 2026년 6월 3일(수)", BoilerplateKind.Byline)]
    [InlineData("보도자료", BoilerplateKind.Notice)]
    [InlineData("본 시장 정보는 투자 참고용이며 투자 판단의 책임은 투자자에게 있습니다.", BoilerplateKind.Notice)]
    [InlineData("본 메일은 구독을 신청하신 분께 발송됩니다.", BoilerplateKind.Notice)]
    [InlineData("유료 회원 전용 콘텐츠입니다.", BoilerplateKind.Subscription)]
    [InlineData("로그인 후 이어서 읽을 수 있습니다.", BoilerplateKind.Subscription)]
    [InlineData("예시모빌리티 앱에서 시승 소식을 먼저 받아보세요", BoilerplateKind.Subscription)]
    [InlineData("Subscribe to our weekly brief", BoilerplateKind.Subscription)]
    [InlineData("[사진 2/5]", BoilerplateKind.PhotoCaption)]
    [InlineData("이전글 예시보험, 상반기 실적 발표", BoilerplateKind.RelatedArticles)]
    [InlineData("Related Articles", BoilerplateKind.RelatedArticles)]
    [InlineData("첨부파일 신제품_사진.jpg (1.1MB)", BoilerplateKind.ShareUi)]
    [InlineData("Listen to this article 4 min", BoilerplateKind.ShareUi)]
    [InlineData("언론사 홈 바로가기", BoilerplateKind.ShareUi)]
    [InlineData("글씨키우기 글씨줄이기 메일보내기 신고", BoilerplateKind.ShareUi)]
    [InlineData("Share Tweet LinkedIn Copy link", BoilerplateKind.ShareUi)]
    [InlineData("4 0 0 2 7", BoilerplateKind.ShareUi)]
    [InlineData("좋아요 훈훈해요 화나요 후속기사 원해요", BoilerplateKind.ShareUi)]
    [InlineData("구독자 2,310 응원수 95", BoilerplateKind.ShareUi)]
    [InlineData("금융 · 보험/카드", BoilerplateKind.ShareUi)]
    [InlineData("주간머니 | 증권", BoilerplateKind.ShareUi)]
    [InlineData("생활·건강", BoilerplateKind.ShareUi)]
    [InlineData("Premium | Markets", BoilerplateKind.ShareUi)]
    [InlineData("재생 01:05 / 03:40", BoilerplateKind.ShareUi)]
    [InlineData("재생 12:31 / 1:02:10", BoilerplateKind.ShareUi)]
    [InlineData("전체화면 자막 음소거", BoilerplateKind.ShareUi)]
    [InlineData("가+ 가-", BoilerplateKind.ShareUi)]
    [InlineData("예시투데이", BoilerplateKind.ShareUi)]
    [InlineData("원문 보기", BoilerplateKind.ShareUi)]
    [InlineData("이 영상 전체 보기", BoilerplateKind.RelatedArticles)]
    [InlineData("Print", BoilerplateKind.ShareUi)]
    [InlineData("실적발표_자료_0901.pdf (1.3MB)", BoilerplateKind.ShareUi)]
    [InlineData("[그림2] 공장 조감도.png", BoilerplateKind.ShareUi)]
    [InlineData("예시투데이 많이 본 뉴스", BoilerplateKind.RelatedArticles)]
    [InlineData("[인터뷰] 오하린 / 예시자산운용 본부장", BoilerplateKind.Byline)]
    [InlineData("[녹취] 서도현 예시은행 부행장", BoilerplateKind.Byline)]
    [InlineData("오하린 기자 · 2026년 9월 1일 오후 3:10", BoilerplateKind.Byline)]
    [InlineData("2026.09.01 15:10 · 조회 320", BoilerplateKind.Byline)]
    [InlineData("김서준 / 예시경제연구원 연구위원", BoilerplateKind.Byline)]
    [InlineData("By Kim Ha-rin", BoilerplateKind.Byline)]
    [InlineData("보도일시: 2026. 9. 1.(화) 09:00", BoilerplateKind.Metadata)]
    [InlineData("3분 읽기", BoilerplateKind.Metadata)]
    [InlineData("읽는 시간 5분", BoilerplateKind.Metadata)]
    [InlineData("회원 서비스 이용 안내", BoilerplateKind.Notice)]
    [InlineData("이 뉴스레터가 마음에 드셨다면 친구에게 공유해 주세요.", BoilerplateKind.Subscription)]
    [InlineData("알림을 끄려면 설정에서 수신거부를 눌러 주세요", BoilerplateKind.Subscription)]
    [InlineData("무료 체험을 시작하고 프리미엄 기사를 모두 읽어보세요", BoilerplateKind.Subscription)]
    [InlineData("키워드: #금리 #환율", BoilerplateKind.Tags)]
    [InlineData("키워드: 청약 가점, 특별공급, 분양가 상한제", BoilerplateKind.Tags)]
    [InlineData("Topics: #Banks #Rates", BoilerplateKind.Tags)]
    [InlineData("홈 | 뉴스 | 증권 | 부동산 | 오피니언", BoilerplateKind.ShareUi)]
    [InlineData("예시마켓 | 시황 | 공시 | 펀드", BoilerplateKind.ShareUi)]
    [InlineData("라온 | 가람 | 다온 | 나래 | 벼리", BoilerplateKind.ShareUi)]
    [InlineData("증권", BoilerplateKind.ShareUi)]
    [InlineData("MARKETS", BoilerplateKind.ShareUi)]
    [InlineData("[금융칼럼]", BoilerplateKind.ShareUi)]
    [InlineData("☰ 예시경제 모바일", BoilerplateKind.ShareUi)]
    [InlineData("엑셀 다운로드 | CSV", BoilerplateKind.ShareUi)]
    [InlineData("보고서 PDF (850KB)", BoilerplateKind.ShareUi)]
    [InlineData("자동 새로고침 켜짐", BoilerplateKind.ShareUi)]
    [InlineData("칼럼 더보기", BoilerplateKind.RelatedArticles)]
    [InlineData("이 기관의 다른 보도자료 보기", BoilerplateKind.RelatedArticles)]
    [InlineData("최근 리포트", BoilerplateKind.RelatedArticles)]
    [InlineData("Read more: 예시은행 3분기 실적", BoilerplateKind.RelatedArticles)]
    [InlineData("예시방송 뉴스 하도윤입니다.", BoilerplateKind.Byline)]
    [InlineData("하도윤 예시대 경제학과 교수", BoilerplateKind.Byline)]
    [InlineData("Analyst 하도윤", BoilerplateKind.Byline)]
    [InlineData("연락처", BoilerplateKind.Byline)]
    [InlineData("홈페이지: https://www.example.co.kr", BoilerplateKind.Byline)]
    [InlineData("하도윤 과장", BoilerplateKind.Byline)]
    [InlineData("예시캐피탈 홍보팀", BoilerplateKind.Byline)]
    [InlineData("산업부 종합", BoilerplateKind.Byline)]
    [InlineData("No.52 · 2026년 3월 3일 화요일 발송", BoilerplateKind.Byline)]
    [InlineData("SPECIAL REPORT · 2026년 3월호", BoilerplateKind.Byline)]
    [InlineData("구독자 3.1만 · 조회 1,024", BoilerplateKind.ShareUi)]
    [InlineData("최초 게시 2026.03.03 10:00", BoilerplateKind.Metadata)]
    [InlineData("2026년 03월 03일 (화)  흐림 7℃", BoilerplateKind.Metadata)]
    [InlineData("발행인 하도윤 | 편집인 서다온", BoilerplateKind.Notice)]
    [InlineData("사업자등록번호 000-00-00000 | 청소년보호책임자 서다온", BoilerplateKind.Notice)]
    [InlineData("이 레터는 투자 자문이 아니며 모든 투자 판단의 책임은 독자에게 있습니다.", BoilerplateKind.Notice)]
    [InlineData("당사는 이 자료의 작성일 현재 해당 종목을 보유하고 있지 않습니다.", BoilerplateKind.Notice)]
    [InlineData("이 기사는 AI의 도움을 받아 작성됐으며 기자가 검토했습니다.", BoilerplateKind.Notice)]
    [InlineData("이 페이지는 새 소식이 나오는 대로 갱신됩니다.", BoilerplateKind.Notice)]
    [InlineData("자료: 예시거래소", BoilerplateKind.PhotoCaption)]
    [InlineData("데이터 제공: 예시평가 (3월 3일 기준)", BoilerplateKind.PhotoCaption)]
    [InlineData("이 기사를 무단 복제·배포하면 법적 책임을 질 수 있습니다.", BoilerplateKind.Copyright)]
    [InlineData("이번 레터, 어떠셨나요?", BoilerplateKind.Subscription)]
    [InlineData("동료에게 이 레터를 추천하고 선물 받아가세요", BoilerplateKind.Subscription)]
    [InlineData("HOME 증권 채권 펀드 공시", BoilerplateKind.ShareUi)]
    [InlineData("부동산 기사목록", BoilerplateKind.ShareUi)]
    [InlineData("[금융] 은행·보험", BoilerplateKind.ShareUi)]
    [InlineData("가람경제TV", BoilerplateKind.ShareUi)]
    [InlineData("Daily 가람머니", BoilerplateKind.ShareUi)]
    [InlineData("YBN 뉴스", BoilerplateKind.ShareUi)]
    [InlineData("▷ 방송 다시보기", BoilerplateKind.ShareUi)]
    [InlineData("▶ 영상 재생 (01:32)", BoilerplateKind.ShareUi)]
    [InlineData("2026.03.03 (화) 21:05 YBN 뉴스8", BoilerplateKind.Metadata)]
    [InlineData("[정정] 어제 기사에서 영업이익을 잘못 적어 바로잡습니다.", BoilerplateKind.Notice)]
    [InlineData("[그래픽] 가계대출 증가 추이 / 예시일보 그래픽팀", BoilerplateKind.PhotoCaption)]
    [InlineData("【부산=YBN】 하도윤 기자", BoilerplateKind.Byline)]
    [InlineData("이 기사의 원문은 예시경제 홈페이지에서 확인하실 수 있습니다.", BoilerplateKind.Notice)]
    [InlineData("본 콘텐츠의 저작권은 예시경제에 있습니다.", BoilerplateKind.Copyright)]
    [InlineData("이 기사, 어떻게 생각하세요?", BoilerplateKind.Subscription)]
    [InlineData("댓글쓰기", BoilerplateKind.ShareUi)]
    [InlineData("전체메뉴", BoilerplateKind.ShareUi)]
    [InlineData("자동재생", BoilerplateKind.ShareUi)]
    [InlineData("요약보기", BoilerplateKind.ShareUi)]
    [InlineData("경제 일반", BoilerplateKind.ShareUi)]
    [InlineData("산업 종합", BoilerplateKind.ShareUi)]
    [InlineData("02:18", BoilerplateKind.ShareUi)]
    [InlineData("기자의 최신 기사", BoilerplateKind.RelatedArticles)]
    [InlineData("언론사 추천 기사", BoilerplateKind.RelatedArticles)]
    [InlineData("비슷한 기사", BoilerplateKind.RelatedArticles)]
    [InlineData("이 기사의 카테고리는 언론사 분류를 따릅니다.", BoilerplateKind.Notice)]
    [InlineData("이 기사, 어떻게 생각하시나요?", BoilerplateKind.Subscription)]
    [InlineData("이런 기사 추천해 드려요", BoilerplateKind.Subscription)]
    [InlineData("댓글을 남겨 주세요", BoilerplateKind.ShareUi)]
    [InlineData("송출 2026.03.03 14:20", BoilerplateKind.Metadata)]
    [InlineData("출고 2026-03-03 09:00", BoilerplateKind.Metadata)]
    [InlineData("[입력 2026.03.03 14:20]", BoilerplateKind.Metadata)]
    [InlineData("예시은행 본점 전경. 문성호 기자", BoilerplateKind.PhotoCaption)]
    [InlineData("서울 여의도 증권가 모습. 새한일보 사진부 김하늘 기자", BoilerplateKind.PhotoCaption)]
    [InlineData("기준금리 동결 발표하는 총재 /문성호 기자", BoilerplateKind.PhotoCaption)]
    [InlineData("재생", BoilerplateKind.ShareUi)]
    [InlineData("이 기사 좋아요 3", BoilerplateKind.ShareUi)]
    [InlineData("댓글 정렬 최신순 추천순", BoilerplateKind.ShareUi)]
    [InlineData("내 댓글 모음", BoilerplateKind.ShareUi)]
    [InlineData("이 요약은 자동 추출 기술로 요약된 내용입니다.", BoilerplateKind.Notice)]
    [InlineData("경제일반", BoilerplateKind.ShareUi)]
    [InlineData("종목분석", BoilerplateKind.ShareUi)]
    [InlineData("Finance", BoilerplateKind.ShareUi)]
    [InlineData("경제 부동산", BoilerplateKind.ShareUi)]
    [InlineData("[예시경제 DB]", BoilerplateKind.PhotoCaption)]
    [InlineData("총재가 의사봉을 두드리고 있다. 사진공동취재단", BoilerplateKind.PhotoCaption)]
    [InlineData("가온통신 입력 2031. 8. 1. 14:12", BoilerplateKind.Metadata)]
    [InlineData("Published: Apr. 24, 2031 - 16:35  Updated: Apr. 24, 2031 - 18:02", BoilerplateKind.Metadata)]
    [InlineData("Sep. 02, 2031 (Tue) 11:20", BoilerplateKind.Metadata)]
    [InlineData("By Kim Ha-eun and Lee Do-yun", BoilerplateKind.Byline)]
    [InlineData("Please log in to leave a comment.", BoilerplateKind.Subscription)]
    [InlineData("Address: 12 Example-ro, Seoul | Publisher: Kim Min | Registration No. 00000", BoilerplateKind.Notice)]
    [InlineData("The Example Ledger", BoilerplateKind.ShareUi)]
    [InlineData("Share | Print | Font size A A", BoilerplateKind.ShareUi)]
    [InlineData("A new hybrid SUV is displayed at the showroom in Seoul. (Example Motors)", BoilerplateKind.PhotoCaption)]
    [InlineData("[영상] 동영상 재생이 되지 않을 경우 새로고침 해주세요.", BoilerplateKind.ShareUi)]
    [InlineData("이 기사를 SNS로 공유하세요", BoilerplateKind.Subscription)]
    [InlineData("이 기사는 디지털 구독자 전용 기사입니다.", BoilerplateKind.Subscription)]
    [InlineData("예시통신이 독자 여러분의 소중한 제보를 기다립니다.", BoilerplateKind.Subscription)]
    [InlineData("예시경제 헤드라인", BoilerplateKind.RelatedArticles)]
    [InlineData("이시간 핫뉴스", BoilerplateKind.RelatedArticles)]
    [InlineData("관심기업 등록 | 인쇄 | 공유", BoilerplateKind.ShareUi)]
    [InlineData("PC버전 | 맨위로 ▲", BoilerplateKind.ShareUi)]
    [InlineData("자동 새로고침 ON | 최신순 | 오래된순", BoilerplateKind.ShareUi)]
    [InlineData("USD 1,342.50 ▲3.20 | JPY(100) 902.14 ▼1.05 | EUR 1,458.77 ▲0.42", BoilerplateKind.ShareUi)]
    [InlineData("BTC ₩138,420,000 +1.8% | ETH ₩5,212,000 -0.6% | XRP ₩1,104 +3.2%", BoilerplateKind.ShareUi)]
    [InlineData("가온리얼티 | 대한민국 부동산 전문 미디어", BoilerplateKind.ShareUi)]
    [InlineData("누리뷰 NURIVIEW | 대한민국 경제주간지", BoilerplateKind.ShareUi)]
    [InlineData("The Example Herald | English Edition", BoilerplateKind.ShareUi)]
    [InlineData("(끝)", BoilerplateKind.ShareUi)]
    [InlineData("증시 속보", BoilerplateKind.ShareUi)]
    [InlineData("이 기사가 도움이 되셨나요? 좋아요 3 | 싫어요 0", BoilerplateKind.ShareUi)]
    [InlineData("댓글쓰기 (0/400자)", BoilerplateKind.ShareUi)]
    [InlineData("이 기사에 대한 의견 남기기 (0)", BoilerplateKind.ShareUi)]
    [InlineData("예시통신 언론사홈 가기", BoilerplateKind.ShareUi)]
    [InlineData("가람투자증권 리서치센터", BoilerplateKind.ShareUi)]
    [InlineData("등록순 | 최신순 | 공감순", BoilerplateKind.ShareUi)]
    [InlineData("📢 광고 | 예시카드 신규 가입 시 첫 달 연회비 면제", BoilerplateKind.Advertisement)]
    [InlineData("[배너] 2035 예시 엑스포 사전등록 진행 중", BoilerplateKind.Advertisement)]
    [InlineData("실시간 업데이트는 시장 상황에 따라 수정될 수 있습니다.", BoilerplateKind.Notice)]
    [InlineData("기사 요약: AI가 요약한 내용입니다. 요약 결과는 원문과 다를 수 있으니 전체 기사를 확인하세요.", BoilerplateKind.Notice)]
    [InlineData("기사 제공 예시데일리 | 이 기사는 언론사에서 경제 섹션으로 분류했습니다.", BoilerplateKind.Notice)]
    [InlineData("이 뉴스는 기업·기관·단체가 예시와이어를 통해 배포한 보도자료입니다.", BoilerplateKind.Notice)]
    [InlineData("이 기사는 공시 데이터를 바탕으로 자동 작성된 뒤 기자의 검수를 거쳤습니다.", BoilerplateKind.Notice)]
    [InlineData("본 메일은 발신 전용입니다.", BoilerplateKind.Notice)]
    [InlineData("투자등급 안내: 매수(+15% 이상), 중립(-15%~+15%), 매도(-15% 미만)", BoilerplateKind.Notice)]
    [InlineData("Compliance Notice", BoilerplateKind.Notice)]
    [InlineData("오후 1시~2시까지 집계한 결과입니다.", BoilerplateKind.Notice)]
    [InlineData("본 자료의 저작권은 예시증권에 있으며, 당사의 사전 동의 없이 복제, 배포할 수 없습니다.", BoilerplateKind.Copyright)]
    [InlineData("[예시레터] 이 메일이 제대로 보이지 않으면 웹에서 보기", BoilerplateKind.Subscription)]
    [InlineData("안녕하세요, 구독자님. 오늘의 경제 뉴스 3가지를 전해드립니다.", BoilerplateKind.Subscription)]
    [InlineData("친구에게도 예시레터를 추천해 주세요. [추천 링크 복사]", BoilerplateKind.Subscription)]
    [InlineData("이 기사의 나머지 4,200자를 읽으려면 PRO 구독이 필요합니다.", BoilerplateKind.Subscription)]
    [InlineData("Enter your email address", BoilerplateKind.Subscription)]
    [InlineData("오늘의 분양일정 보기 >", BoilerplateKind.ShareUi)]
    [InlineData("새 업데이트 3건 보기 ↑", BoilerplateKind.ShareUi)]
    [InlineData("언론 연락처", BoilerplateKind.Byline)]
    [InlineData("가람 기자 기자 페이지", BoilerplateKind.Byline)]
    [InlineData("Example Motors' assembly plant in Georgia (Example Motors)", BoilerplateKind.PhotoCaption)]
    [InlineData("(Example Journal file photo)", BoilerplateKind.PhotoCaption)]
    [InlineData("Published : Aug. 5, 2036 - 14:32 Updated : Aug. 5, 2036 - 16:05", BoilerplateKind.Metadata)]
    [InlineData("이 영상은 광고 후 재생됩니다", BoilerplateKind.ShareUi)]
    [InlineData("예시TV 라이브 보러가기", BoilerplateKind.ShareUi)]
    [InlineData("다온 경제 랭킹 뉴스", BoilerplateKind.RelatedArticles)]
    [InlineData("KBC Biz 인기 뉴스", BoilerplateKind.RelatedArticles)]
    [InlineData("함께 읽으면 좋은 기사", BoilerplateKind.RelatedArticles)]
    [InlineData("Trending Now", BoilerplateKind.RelatedArticles)]
    [InlineData("실시간 시세 | 코스피 2,418.33 ▼103.86 | 코스닥 691.02 ▼38.40 | 원/달러 1,468.20 ▲12.50", BoilerplateKind.ShareUi)]
    [InlineData("뉴스 경제 증권 부동산 산업 IT 국제 오피니언 구독", BoilerplateKind.ShareUi)]
    [InlineData("전체기사 부동산 분양 정책 재건축 칼럼", BoilerplateKind.ShareUi)]
    [InlineData("경기 지역의 한 신도시 조성 현장. 새벽경제 DB", BoilerplateKind.PhotoCaption)]
    [InlineData("가람중공업이 건조한 LNG운반선 [가람중공업 제공. 재판매 및 DB 금지]", BoilerplateKind.PhotoCaption)]
    [InlineData("Example Motors CEO Lee Seo-yun speaks at the investor day in Seoul, April 15. Courtesy of Example Motors", BoilerplateKind.PhotoCaption)]
    [InlineData("이 기사가 유용했나요? 👍 12", BoilerplateKind.ShareUi)]
    [InlineData("기사 제공 한빛일보", BoilerplateKind.ShareUi)]
    [InlineData("댓글 148개", BoilerplateKind.ShareUi)]
    [InlineData("이 기사에 대한 의견을 남겨주세요 (0)", BoilerplateKind.ShareUi)]
    [InlineData("이 기사는 예시 뉴스 제휴 언론사 가람통신이 제공합니다.", BoilerplateKind.Notice)]
    [InlineData("예시 뉴스는 제휴 언론사의 기사를 편집 없이 전달합니다.", BoilerplateKind.Notice)]
    [InlineData("많이 본 경제 뉴스", BoilerplateKind.RelatedArticles)]
    [InlineData("솔향제과의 다른 보도자료", BoilerplateKind.RelatedArticles)]
    [InlineData("HNB 뉴스9", BoilerplateKind.Byline)]
    [InlineData("◀ 앵커 ▶", BoilerplateKind.Byline)]
    [InlineData("▶ 인터뷰 : 이경호 / 예시연대 정책실장", BoilerplateKind.Byline)]
    [InlineData("서울--(예시와이어)--2035년 03월 04일", BoilerplateKind.Byline)]
    [InlineData("청람 마켓모닝 | 2036년 9월 8일 월요일 No.512", BoilerplateKind.Byline)]
    [InlineData("가온일보 모바일", BoilerplateKind.Byline)]
    [InlineData("예시증권 | 서울특별시 영등포구 여의나루로 00 | 고객센터 1588-0000", BoilerplateKind.Notice)]
    [InlineData("투자 전 금융투자상품 설명서 및 약관을 반드시 읽어보시기 바랍니다.", BoilerplateKind.Notice)]
    [InlineData("Sign in", BoilerplateKind.ShareUi)]
    [InlineData("받는 사람: 나", BoilerplateKind.Byline)]
    [InlineData("좋은 아침입니다, 독자님. 오늘의 주요 뉴스를 5분 안에 정리해 드립니다.", BoilerplateKind.Subscription)]
    [InlineData("예시증권 ISA 계좌 개설하고 수수료 혜택 받으세요", BoilerplateKind.Advertisement)]
    [InlineData("마켓모닝이 도움이 되셨다면 친구에게 추천해 주세요. 추천하기", BoilerplateKind.Subscription)]
    [InlineData("이 기사를 후원합니다 | 후원하기", BoilerplateKind.ShareUi)]
    [InlineData("[예시 컨퍼런스] AI 인프라 서밋 2036 사전등록 진행 중 ▶ 바로가기", BoilerplateKind.ShareUi)]
    [InlineData("앱에서 더 편하게 보기 [열기]", BoilerplateKind.Subscription)]
    [InlineData("댓글", BoilerplateKind.ShareUi)]
    [InlineData("음성으로 듣기", BoilerplateKind.ShareUi)]
    [InlineData("PDF 다운로드", BoilerplateKind.ShareUi)]
    [InlineData("이메일 주소 입력", BoilerplateKind.ShareUi)]
    [InlineData("KOR | ENG", BoilerplateKind.ShareUi)]
    [InlineData("이 페이지에서 제공하는 정보에 대하여 만족하십니까?", BoilerplateKind.ShareUi)]
    [InlineData("이 기사가 좋으셨다면", BoilerplateKind.ShareUi)]
    [InlineData("[예시신문 최도현 기자] 2035-07-08 05:30", BoilerplateKind.Byline)]
    [InlineData("김도윤 입력 2038. 10. 5. 10:12 수정 2038. 10. 5. 10:31", BoilerplateKind.Byline)]
    [InlineData("(서울=예시뉴스) 박소연 기자 = 트위터 @example_graphics", BoilerplateKind.Byline)]
    [InlineData("에디터 강소연, 류하람", BoilerplateKind.Byline)]
    [InlineData("[보도자료 문의] 예시바이오텍 커뮤니케이션팀 윤서아 팀장 02-000-0000", BoilerplateKind.Byline)]
    [InlineData("미래산업부", BoilerplateKind.Byline)]
    [InlineData("한지우 예시로그 에디터. 결제와 디지털자산을 주로 씁니다.", BoilerplateKind.Byline)]
    [InlineData("(서울=예시통신) 사진공동취재단 = 28일 서울 중구에서 열린 회의에서 총재가 의사봉을 두드리고 있다. 2036.5.28", BoilerplateKind.PhotoCaption)]
    [InlineData("코스피 2,951.40 ▲38.72 코스닥 864.22 ▲9.15 원/달러 1,351.8 ▼7.4", BoilerplateKind.ShareUi)]
    [InlineData("붙임 1. 2037년 소상공인 디지털 전환 지원사업 공고문 1부.", BoilerplateKind.ShareUi)]
    [InlineData("2. 지원 기술 목록 1부. 끝.", BoilerplateKind.ShareUi)]
    [InlineData("<이코노뷰 econoview.example>", BoilerplateKind.ShareUi)]
    [InlineData("모닝머니레터 No.412", BoilerplateKind.ShareUi)]
    [InlineData("[제1789호] 2039.04.22", BoilerplateKind.ShareUi)]
    [InlineData("뉴스9", BoilerplateKind.ShareUi)]
    [InlineData("이전 리포트 | 다음 리포트", BoilerplateKind.ShareUi)]
    [InlineData("페이스북 카카오톡 네이버블로그 링크복사 프린트 글자확대 글자축소", BoilerplateKind.ShareUi)]
    [InlineData("순공감순 최신순 공감비율순", BoilerplateKind.ShareUi)]
    [InlineData("쏠쏠정보 0", BoilerplateKind.ShareUi)]
    [InlineData("한빛경제 | 대한민국 경제의 기준", BoilerplateKind.ShareUi)]
    [InlineData("하단 광고", BoilerplateKind.Advertisement)]
    [InlineData("방송일 2037.02.20", BoilerplateKind.Metadata)]
    [InlineData("보도시점 2037. 4. 14.(화) 11:00 / 배포 2037. 4. 13.(월) 14:00", BoilerplateKind.Metadata)]
    [InlineData("이 누리집에서 제공하는 보도자료는 공공누리 제1유형으로 개방하여 출처표시 조건에 따라 이용할 수 있습니다.", BoilerplateKind.Copyright)]
    [InlineData("본 자료는 당사의 저작물로서 모든 저작권은 당사에게 있으며, 당사의 동의 없이 복제, 배포될 수 없습니다.", BoilerplateKind.Copyright)]
    [InlineData("Compliance Notice: 당사는 자료 작성일 현재 본 자료에서 언급한 종목의 지분을 1% 이상 보유하고 있지 않습니다.", BoilerplateKind.Notice)]
    [InlineData("기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다. 예시는 섹션 정보를 임의로 제공하지 않습니다.", BoilerplateKind.Notice)]
    [InlineData("읽어주기 기능은 크롬기반의 브라우저에서만 사용하실 수 있습니다.", BoilerplateKind.ShareUi)]
    [InlineData("친구에게 예시레터 추천하기", BoilerplateKind.Subscription)]
    [InlineData("예시신문 | 서울 영등포구 국제금융로 000 | 인터넷신문 등록 서울 아00000", BoilerplateKind.Notice)]
    [InlineData("경제 경제정책", BoilerplateKind.ShareUi)]
    [InlineData("Policy", BoilerplateKind.ShareUi)]
    [InlineData("최종편집 2033.10.21 18:10", BoilerplateKind.Metadata)]
    [InlineData("2036.02.09 06:00 업데이트 2036.02.09 09:31", BoilerplateKind.Metadata)]
    [InlineData("읽기모드 | 음성으로 듣기 | 번역 | 가A", BoilerplateKind.ShareUi)]
    [InlineData("부산항 신선대부두에 수출 컨테이너가 쌓여 있다. 예시시보DB", BoilerplateKind.PhotoCaption)]
    [InlineData("무료 신용점수 조회하고 대출 금리 낮추세요 - 자세히 보기", BoilerplateKind.ShareUi)]
    [InlineData("무료 신용점수 조회하고 대출 금리 낮추세요", BoilerplateKind.Advertisement)]
    [InlineData("이런 영상은 어때요?", BoilerplateKind.RelatedArticles)]
    [InlineData("[데일리온 페이스북] [데일리온 X] [공유]", BoilerplateKind.ShareUi)]
    [InlineData("데일리온은 인터넷신문위원회 자율심의를 준수합니다.", BoilerplateKind.Notice)]
    [InlineData("☞ 본 자료를 인용 보도할 경우 출처를 표기하여 주십시오.", BoilerplateKind.Notice)]
    [InlineData("새한일보의 다른 기사", BoilerplateKind.RelatedArticles)]
    [InlineData("← 뉴스", BoilerplateKind.ShareUi)]
    [InlineData("🔊 ⋮ 가", BoilerplateKind.ShareUi)]
    [InlineData("X(트위터) @example_graphic", BoilerplateKind.ShareUi)]
    [InlineData("프로그램 | 다시듣기 | 보이는 라디오 | 청취자 게시판", BoilerplateKind.ShareUi)]
    [InlineData("■ 진행 : 오지현 아나운서", BoilerplateKind.ShareUi)]
    [InlineData("담당부서: 은행감독국 가계신용팀 | 책임자: 팀장 윤재석 (02-0000-0000)", BoilerplateKind.Byline)]
    [InlineData("산업분석 > 2차전지", BoilerplateKind.ShareUi)]
    [InlineData("연구원 서예린", BoilerplateKind.Byline)]
    [InlineData("속보", BoilerplateKind.ShareUi)]
    [InlineData("관련 코인 BTC 비트코인 142,350,000원 ▲1.24% [거래하기]", BoilerplateKind.RelatedArticles)]
    [InlineData("가상자산은 고위험 상품으로 투자금의 전부 또는 일부 손실이 발생할 수 있습니다. 투자 판단과 책임은 투자자 본인에게 있습니다.", BoilerplateKind.Notice)]
    [InlineData("이 뉴스가 도움이 되었나요? 👍 👎", BoilerplateKind.ShareUi)]
    [InlineData("지역, 단지명, 지하철역 검색", BoilerplateKind.ShareUi)]
    [InlineData("이 단지 시세 보기 ▶ 예시리버뷰 84㎡ 실거래가 추이", BoilerplateKind.ShareUi)]
    [InlineData("지금 뜨는 분양", BoilerplateKind.RelatedArticles)]
    [InlineData("청약 일정 전체보기", BoilerplateKind.ShareUi)]
    [InlineData("예시스캔은 매물 정보의 정확성에 대해 보증하지 않으며, 거래에 대한 책임은 당사자에게 있습니다.", BoilerplateKind.Notice)]
    [InlineData("[예시신문 채용정보] 오늘 마감 공고 128건 보러가기", BoilerplateKind.ShareUi)]
    [InlineData("예시신문 후원하기 — 독자 여러분의 후원이 독립 언론을 지킵니다.", BoilerplateKind.Subscription)]
    [InlineData("예시산업신문 IT·게임", BoilerplateKind.Byline)]
    [InlineData("관심 언론사로 설정하시겠습니까?", BoilerplateKind.ShareUi)]
    [InlineData("Business > Autos & Transportation", BoilerplateKind.Byline)]
    [InlineData("June 17, 2037 7:42 AM GMT+9 Updated 2 hours ago", BoilerplateKind.Byline)]
    [InlineData("Reporting by Hannah Lee in Seoul; Editing by Peter Walsh", BoilerplateKind.Byline)]
    [InlineData("Suggested Topics: Autos & Transportation | Electric Vehicles", BoilerplateKind.Tags)]
    [InlineData("Read Next", BoilerplateKind.RelatedArticles)]
    [InlineData("광고 후 영상이 재생됩니다", BoilerplateKind.ShareUi)]
    [InlineData("[이현수 / 예시투자증권 연구위원]", BoilerplateKind.Byline)]
    [InlineData("알림마당 | 보도자료 | 보도설명 | 공지사항", BoilerplateKind.ShareUi)]
    [InlineData("이 페이지에서 제공하는 정보에 만족하셨습니까? 매우만족 | 만족 | 보통 | 불만족", BoilerplateKind.ShareUi)]
    [InlineData("PDF 다운로드 (1.8MB) | 리포트 목록", BoilerplateKind.ShareUi)]
    [InlineData("예시은행 뉴스룸", BoilerplateKind.Byline)]
    [InlineData("구독자 여러분, 안녕하세요. 예시 위클리 에디터 한솔입니다.", BoilerplateKind.Subscription)]
    [InlineData("이번 주 레터 목차", BoilerplateKind.ShareUi)]
    [InlineData("① 美 고용 쇼크 ② 다시 불안한 전세 ③ 숫자로 보는 한 주", BoilerplateKind.ShareUi)]
    [InlineData("이번 주 레터는 여기까지입니다. 다음 주 목요일에 만나요!", BoilerplateKind.Subscription)]
    [InlineData("이 레터가 유익했다면 친구에게 추천해 주세요 → 추천 링크 복사", BoilerplateKind.Subscription)]
    [InlineData("라이브 블로그 참여: 박소연·김재훈·윤하영 기자", BoilerplateKind.Byline)]
    public void Classify_RecognizesEachKind(string line, BoilerplateKind expected)
    {
        Assert.Equal(expected, BoilerplateDetector.Default.Classify(line));
        Assert.True(BoilerplateDetector.Default.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("삼성전자가 올해 3분기 영업이익이 12조원으로 잠정 집계됐다고 8일 공시했다.")]
    [InlineData("(서울=예시통신) 홍길동 기자 = 한국은행이 기준금리를 연 3.0%로 동결했다.")]
    [InlineData("국내 음원 플랫폼들이 저작권자에게 지급하는 정산 방식을 바꾸기로 했다.")]
    [InlineData("한편 노조 유튜브 채널 구독자는 이번 교섭 기간에 두 배 가까이 늘었다.")]
    [InlineData("회사는 추가 문의를 고객센터 이메일(help@example.co.kr)로 받는다고 안내했다.")]
    [InlineData("▲배당 예측 가능성 제고 ▲자사주 소각 ▲지배구조 개선 등이 핵심이다.")]
    [InlineData("예시전자 대표(사진=예시전자 제공)는 이날 간담회에서 신사업 계획을 설명하며 내년 매출 목표를 처음으로 공개했다. 그는 해외 시장 비중을 절반까지 높이겠다고 했다.")]
    [InlineData("카카오톡 이용자 수는 3분기 말 기준 4,900만명으로 집계됐다.")]
    [InlineData("관련 업계에서는 감축 규모가 더 커질 수 있다는 관측도 나온다.")]
    [InlineData("업계는 무단 복제 음원 유통을 막는 기술 조치도 강화할 계획이다.")]
    [InlineData("삼성전자 3분기 영업이익 12조…반도체 회복 본격화")]
    [InlineData("독자들은 좋아요와 화나요 버튼을 합쳐 3만번 넘게 눌렀다.")]
    [InlineData("좋아요 수 100만 돌파한 예시식품 광고 영상")]
    [InlineData("회사는 글자크기 설정 기능을 앱에 새로 넣었다고 밝혔다.")]
    [InlineData("AI 요약 서비스 유료화")]
    [InlineData("더보기 버튼을 누르면 기사 전문이 펼쳐진다.")]
    [InlineData("기자 프로필 사진 도용 피해 잇따라")]
    [InlineData("요약하면 매출은 늘었지만 이익은 줄었다.")]
    [InlineData("기사승인 절차는 2026년 3월부터 바뀐다.")]
    [InlineData("금융위원회는 2026년 3월 6일 예시은행의 인가를 최종 승인했다.")]
    [InlineData("최종 승인 2026년 하반기로 미뤄져")]
    [InlineData("▲영업이익률 12.3%")]
    [InlineData("▲ 매출 3조2,000억원(전년 대비 4.1%↓)")]
    [InlineData("△ 1순위 청약 경쟁률 12.5대 1")]
    [InlineData("▲매출액 1조2000억원 ▲영업이익 800억원")]
    [InlineData("회사는 보도자료 하단에 '무단 전재 및 재배포 금지'라는 문구를 달았다.")]
    [InlineData("법원은 무단전재 및 재배포 금지 문구만으로는 학습 이용을 막을 수 없다고 판단했다.")]
    [InlineData("■ '무단복제 금지' 경고에도 도용 잇따라")]
    [InlineData("“저작권자 허락 없이 쓰지 말라”…언론사 경고")]
    [InlineData("업계 '구독 버튼' 경쟁")]
    [InlineData("구독료 인상에 해지 잇따라…OTT 가입자 10% 감소")]
    [InlineData("구독자 100만 유튜버 된 CEO")]
    [InlineData("정기구독 서비스 매출 2배")]
    [InlineData("구독해지 방어 나선 OTT")]
    [InlineData("이전 정권의 구독 정책")]
    [InlineData("데이터 제공량은 새 요금제보다 두 배 많다")]
    [InlineData("제보자 신원 노출 논란")]
    [InlineData("댓글 1만건 넘게 달려")]
    [InlineData("[단독] 추천 0건…비추천 쏟아진 정책")]
    [InlineData("코스피 2712")]
    [InlineData("김민재 기자 프로필 사진 도용")]
    [InlineData("게티이미지뱅크 상반기 매출 20% 증가")]
    [InlineData("AP통신에 따르면 협상은 다음 주 재개된다.")]
    [InlineData("목록 맨 위로 올라선 종목")]
    [InlineData("이 기사는 지원을 받아 창업한 청년들의 이야기를 다뤘다는 평가를 받았다.")]
    [InlineData("본 보고서는 2025년 실적을 바탕으로 작성됐다.")]
    [InlineData("작성 2026년 3월 31일까지 보고서를 제출해야 한다.")]
    [InlineData("댓글  기사에 대한 의견은 자유롭게 남길 수 있다.")]
    [InlineData("실제 수사로 이어진 제보는 지난해 87건이었다.")]
    [InlineData("제보는 거래소 홈페이지와 전용 신고센터에서 받는다.")]
    [InlineData("예시경제는 매주 화요일 뉴스레터를 발행한다.")]
    [InlineData("해당 영상에는 댓글 3천여 개가 달렸다.")]
    [InlineData("삼성 · LG 격돌")]
    [InlineData("A > B 순으로 금리가 높았다.")]
    [InlineData("수출 물량의 절반을 중소기업이 제공했다. 업계 추산")]
    [InlineData("가온경제 | 반도체 수출 두 달 연속 감소했다는 통계가 나왔다")]
    [InlineData("[기자 간담회에서 나온 질문들]")]
    [InlineData("촬영 현장에는 배우 김하늘 씨가 나왔다.")]
    [InlineData("문의는 02-000-0000으로 하면 된다.")]
    [InlineData("회원 전용 라운지를 새로 열었다.")]
    [InlineData("앱에서 결제하면 5% 할인된다.")]
    [InlineData("이 기사는 예시통신이 처음 보도했다.")]
    [InlineData("By the end of the year, exports rose.")]
    [InlineData("보도자료를 내고 이같이 밝혔다.")]
    [InlineData("금리·환율 동반 상승")]
    [InlineData("반도체/디스플레이 수출 호조")]
    [InlineData("IT·과학 예산 3조")]
    [InlineData("코스피 | 코스닥")]
    [InlineData("한국 경제")]
    [InlineData("재생에너지 비중 30%로 확대")]
    [InlineData("동영상 광고 취소 사태")]
    [InlineData("추가 시세 하락 우려")]
    [InlineData("읽는 시간 줄어든 청소년")]
    [InlineData("회사는 실적 자료를 report.pdf 파일로 홈페이지에 공개했다.")]
    [InlineData("“주주 여러분께서 많이 추천해 주세요”")]
    [InlineData("By 2030, the market will double.")]
    [InlineData("[인터뷰] 정유나 서해증권 이코노미스트 “금리 인하 내년으로”")]
    [InlineData("[인터뷰] 서해증권 이코노미스트가 본 하반기 증시")]
    [InlineData("첫 달 무료 혜택을 내건 통신사들이 가입자를 늘렸다.")]
    [InlineData("신규 고객이 가입하면 포인트를 준다.")]
    [InlineData("청약 일정 안내")]
    [InlineData("정유나 이코노미스트는 금리 인하가 늦어질 것이라고 말했다.")]
    [InlineData("해외주식형 | 0.57 | 1개월 1.88")]
    [InlineData("삼성 | LG | 두 회사의 전략")]
    [InlineData("경제 성장률 전망")]
    [InlineData("ESG 경영 강화")]
    [InlineData("[단독] 예시은행 매각 추진")]
    [InlineData("자료를 보면 수출이 늘었다.")]
    [InlineData("회사는 이용약관을 바꿨다고 밝혔다.")]
    [InlineData("개인정보처리방침 위반으로 과징금")]
    [InlineData("금감원은 '투자 판단의 책임은 투자자에게 있다'는 문구를 넣도록 했다.")]
    [InlineData("최근 리포트에서 목표주가를 올렸다.")]
    [InlineData("하도윤 예시증권 연구원은 “금리 인하가 늦어질 것”이라고 말했다.")]
    [InlineData("“시장은 이미 금리 인하를 반영했다” 하도윤 예시증권 연구원")]
    [InlineData("2026년 3월 3일 오후 7℃까지 올랐다.")]
    [InlineData("경제 정책 방향")]
    [InlineData("증권 금융 부동산 시장 전망")]
    [InlineData("관련 뉴스 보도 이후 주가가 급등했다.")]
    [InlineData("[인터뷰] 김서진 예시소재 대표")]
    [InlineData("2026.03.03 21:05 뉴스 속보가 나오자 주가가 올랐다.")]
    [InlineData("음원의 저작권은 작곡가에게 있다.")]
    [InlineData("회사는 오류를 바로잡기로 했다.")]
    [InlineData("전체 메뉴판을 새로 바꿨다.")]
    [InlineData("그는 이날 회의에서 안건을 처리했다. 문성호 기자")]
    [InlineData("문성호 기자는 이날 현장을 찾았다.")]
    [InlineData("경제 일반 원칙")]
    [InlineData("검색 결과가 늘었다")]
    [InlineData("오후 2시 18분")]
    [InlineData("[그래픽 해설] 기준금리 인하, 내 대출 이자는 얼마나 줄까")]
    [InlineData("The company said sales rose 12 percent (year on year).")]
    [InlineData("Exports rose in May. (See chart)")]
    [InlineData("경제 정책")]
    [InlineData("금융 산업 전망")]
    [InlineData("Finance Minister Choo said exports would recover.")]
    [InlineData("Updated guidance lifts outlook")]
    [InlineData("May exports rose 12% on year, the ministry said")]
    [InlineData("The Example Ledger reported that exports rose.")]
    [InlineData("유튜브 채널을 구독하고 있는 투자자는 지난해 두 배로 늘었다.")]
    [InlineData("그는 구독 후 해지하는 고객이 많다고 말했다.")]
    [InlineData("재생에너지 투자 확대")]
    [InlineData("회사는 댓글 정책을 바꿨다고 밝혔다.")]
    [InlineData("삼성 | LG | 현대차 3파전")]
    [InlineData("코스피는 2,650.12로 12.30포인트 올랐고 코스닥은 850.20으로 마감했다.")]
    [InlineData("코스피 2,650 | 코스닥 850 | 거래대금 12조")]
    [InlineData("받는 사람이 늘었다")]
    [InlineData("기사 제공 방식을 바꾼 포털이 늘고 있다고 업계는 전했다.")]
    [InlineData("댓글 148개가 달린 게시물이 논란이 됐다.")]
    [InlineData("정부는 수출 바우처 신청을 받는다. 자세한 내용은 누리집에서 확인할 수 있다.")]
    [InlineData("댓글 정책 바뀐다")]
    [InlineData("코스피 2,951 코스닥 864 원/달러 1,351")]
    [InlineData("붙임성 좋은 CEO가 뜬다")]
    [InlineData("가격 입력 방식 바꾼다")]
    [InlineData("삼성전자 3.5% 오른 8만원")]
    [InlineData("이전 정부의 정책을 뒤집었다는 비판이 나온다고 그는 말했다.")]
    [InlineData("에디터 역할이 커진다")]
    [InlineData("(서울=예시통신) 가람 기자 = 한국은행이 기준금리를 연 3.0%로 동결했다.")]
    [InlineData("2030년까지 2조원을 투자한다는 계획이 1부 행사에서 발표됐다.")]
    [InlineData("2025년 | 36.1")]
    [InlineData("[표] 10월 주요 품목별 수출 실적 (단위: 억달러)")]
    [InlineData("기업 | 투자의견 | 목표주가(원) | 현재주가(원) | 상승여력")]
    [InlineData("▶ 2분기 셀 3사 합산 영업이익은 1조1000억원으로 흑자 전환 추정. 북미 ESS 수요 증가가 EV 부진을 상쇄")]
    [InlineData("그는 \"자료를 인용할 때는 출처를 밝혀 주십시오\"라고 말했다.")]
    [InlineData("회사는 윤리강령을 준수한다고 밝혔다.")]
    [InlineData("June exports rose 12% on year, the ministry said")]
    [InlineData("삼성전자 @ 2분기 실적 발표회 현장에서 질의응답이 이어졌다.")]
    [InlineData("정부는 \"요약 결과는 원문과 다를 수 있습니다\"라고 밝혔다.")]
    [InlineData("이번 조치는 시장 상황에 따라 달라질 수 있다고 금융위는 설명했다.")]
    [InlineData("금리가 더 인상될 수 있습니다.")]
    [InlineData("광고 시장이 3년 만에 반등했다")]
    [InlineData("Apple Inc. (AAPL)")]
    [InlineData("Samsung unveils new chip plant in Texas")]
    [InlineData("가온바이오 개요")]
    [InlineData("본 자료의 저작권 문제를 두고 두 회사가 법정 공방을 벌이고 있다고 업계는 전했다.")]
    [InlineData("(서울=예시통신) 가람 기자 = 수출이 늘었다. (끝)")]
    [InlineData("")]
    [InlineData("   ")]
    public void Classify_LeavesBodyTextAlone(string line) =>
        Assert.Equal(BoilerplateKind.None, BoilerplateDetector.Default.Classify(line));

    [Fact]
    public void ClassifyAll_FlagsTheBiographyOfTheBylinedAuthorButNotOtherPeoplesCareers()
    {
        string[] lines =
        [
            "연금 계좌, 채권 비중부터 다시 보자",
            "오하린 | 예시연금연구소 선임연구원",
            "금리가 내려가는 구간에서는 장기채 비중을 서서히 늘리는 전략이 유효하다. 다만 만기를 한곳에 몰지 않는 것이 중요하다.",
            "서도현 대표는 예시증권에서 20년간 채권 운용을 담당했으며 지금은 자문사를 이끌고 있다.",
            "오하린 선임연구원은 예시자산운용과 예시증권을 거쳐 현재 예시연금연구소에서 연금 자산배분을 연구하고 있다.",
        ];

        IReadOnlyList<BoilerplateKind> kinds = BoilerplateDetector.Default.ClassifyAll(lines);
        Assert.Equal(
            [BoilerplateKind.None, BoilerplateKind.Byline, BoilerplateKind.None, BoilerplateKind.None, BoilerplateKind.Byline],
            kinds);

        // Without the byline, the same career line is an ordinary sentence.
        Assert.Equal(BoilerplateKind.None, BoilerplateDetector.Default.ClassifyAll([lines[0], lines[2], lines[4]])[2]);
    }

    [Fact]
    public void ClassifyAll_KeepsAListUnderAStorySubheadingAsBody()
    {
        string[] lines =
        [
            "정부, 세액공제 개편안 확정",
            "정부가 국가전략기술 세액공제 제도를 손질한 개편안을 확정해 다음 달 국회에 제출한다고 밝혔다.",
            "■ 개편안 요지",
            "- 공제 기한 3년 연장",
            "- 중소기업 공제율 상향",
            "- 대상 기술에 차세대 전지 추가",
            "업계는 투자 계획을 앞당길 수 있게 됐다며 환영하는 분위기다.",
            "조선 수주 목표 절반 넘겨",
            "철강 가격 협상 난항",
            "배터리 소재 수출 증가세",
        ];

        IReadOnlyList<BoilerplateKind> kinds = BoilerplateDetector.Default.ClassifyAll(lines);
        Assert.All(kinds.Take(7), k => Assert.Equal(BoilerplateKind.None, k));
        Assert.All(kinds.Skip(7), k => Assert.Equal(BoilerplateKind.HeadlineList, k));
    }

    [Fact]
    public void ClassifyAll_FlagsHeadlineListsAfterTheBodyButNotTitlesAtTheTop()
    {
        string[] lines =
        [
            "서울 아파트값 12주 연속 상승",
            "강남3구 상승폭 확대…외곽 지역은 보합",
            "전세가격도 오름세 이어져",
            "서울 아파트 매매가격이 12주 연속 올랐다고 한국부동산원이 밝혔다.",
            "홍길동 기자 gildong@example.kr",
            "유가 사흘 연속 하락…WTI 배럴당 74달러",
            "금값 사상 최고치 경신 눈앞",
            "엔화 약세 지속…엔·달러 155엔 돌파",
        ];
        IReadOnlyList<BoilerplateKind> kinds = BoilerplateDetector.Default.ClassifyAll(lines);
        Assert.Equal(
            [
                BoilerplateKind.None, BoilerplateKind.None, BoilerplateKind.None, BoilerplateKind.None, BoilerplateKind.Byline,
                BoilerplateKind.HeadlineList, BoilerplateKind.HeadlineList, BoilerplateKind.HeadlineList,
            ],
            kinds);
    }

    [Fact]
    public void ClassifyAll_LeavesARunOfFigureBulletsInTheBody()
    {
        string[] lines =
        [
            "예시화학이 3분기 실적을 발표하며 석유화학 업황 부진에도 흑자를 지켰다고 밝혔다.",
            "▲매출 2조1,300억원(5.2%↓)",
            "▲영업이익 870억원(12%↑)",
            "△ 당기순이익 540억원",
            "회사는 4분기에도 고부가 제품 비중을 늘리겠다고 했다.",
        ];
        AssertAllBody(lines);
    }

    [Fact]
    public void ClassifyAll_ReadsABareArrowLineBetweenBodySentencesAsASubheading()
    {
        string[] lines =
        [
            "예시마트가 자체 브랜드 상품 비중을 늘리면서 3분기 영업이익이 크게 늘었다고 밝혔다.",
            "▶ 간편식 매출 두 배로",
            "간편식 매출은 1년 전보다 두 배 가까이 늘어 전체 성장세를 이끌었다고 회사는 설명했다.",
            "홍길동 기자 gildong@example.kr",
            "▶ 예시마트, 물류센터 신설",
            "▶ 유통업계 PB 경쟁 가열",
        ];
        Assert.Equal(
            [
                BoilerplateKind.None, BoilerplateKind.None, BoilerplateKind.None, BoilerplateKind.Byline,
                BoilerplateKind.RelatedArticles, BoilerplateKind.RelatedArticles,
            ],
            BoilerplateDetector.Default.ClassifyAll(lines));
    }

    [Fact]
    public void ClassifyAll_AcceptsEmptyAndBlankLinesAnywhere()
    {
        string[] lines =
        [
            "", "예시전자가 3분기 영업이익이 늘었다고 밝혔다는 소식이 시장에 전해졌다.", "", "   ", "많이 본 기사", "", "1 반도체 수출 꺾였다",
            "▶", "", "다", "|", " > ", " · ",
        ];
        IReadOnlyList<BoilerplateKind> kinds = BoilerplateDetector.Default.ClassifyAll(lines);
        Assert.Equal(lines.Length, kinds.Count);
        Assert.Equal(BoilerplateKind.None, kinds[0]);
        Assert.Equal(BoilerplateKind.None, kinds[1]);
    }

    [Fact]
    public void ClassifyAll_KeepsMarketReportSubheadingsAndFigureLinesAsBody()
    {
        string[] lines =
        [
            "코스피가 외국인 매수에 힘입어 사흘 만에 반등했다고 거래소가 밝혔다.",
            "▶ 투자자별 순매수",
            "외국인 +3,120억원",
            "기관 +820억원",
            "개인 -3,870억원",
            "▶ 업종 등락",
            "화학 +2.1%, 은행 -0.4%",
        ];
        AssertAllBody(lines);
    }

    [Fact]
    public void ClassifyAll_FlagsPopularListItemsThatEndInABareVerb()
    {
        string[] lines =
        [
            "정부가 내년 전기요금 인상 폭을 다음 달 발표하겠다고 밝혔다.",
            "많이 본 기사",
            "1 반도체 수출 석 달 만에 꺾였다",
            "2 배터리 소재 가격 또 오른다",
            "3 원·달러 환율 1,400원 넘보나",
        ];
        Assert.Equal(
            [
                BoilerplateKind.None, BoilerplateKind.RelatedArticles, BoilerplateKind.RelatedArticles,
                BoilerplateKind.RelatedArticles, BoilerplateKind.RelatedArticles,
            ],
            BoilerplateDetector.Default.ClassifyAll(lines));
    }

    [Fact]
    public void ClassifyAll_FlagsLinksAfterARelatedHeader()
    {
        string[] lines =
        [
            "정부가 반도체 설비투자를 돕기 위해 정책금융 프로그램을 새로 만든다고 밝혔다.",
            "관련기사",
            "반도체 수출 석 달째 증가",
            "기획재정부는 이날 지원 방안을 발표하고 상반기 중 첫 자금을 집행하겠다고 했다.",
        ];
        Assert.Equal(
            [BoilerplateKind.None, BoilerplateKind.RelatedArticles, BoilerplateKind.RelatedArticles, BoilerplateKind.None],
            BoilerplateDetector.Default.ClassifyAll(lines));
    }

    [Theory]
    [InlineData("테크브리프", "로그인", BoilerplateKind.ShareUi)]
    [InlineData("누리 뉴스", "경제 | 산업 | 금융", BoilerplateKind.ShareUi)]
    [InlineData("머니스퀘어 증권", "전체메뉴", BoilerplateKind.ShareUi)]
    [InlineData("반도체 호황", "로그인", BoilerplateKind.None)]
    [InlineData("테크브리프", "반도체 수출 호조가 이어지면서 설비투자가 다시 늘고 있다.", BoilerplateKind.None)]
    [InlineData("반도체 수출 호조가 이어진다.", "로그인", BoilerplateKind.None)]
    public void ClassifyAll_FlagsTheOutletNameAboveItsNavigationOnly(string first, string second, BoilerplateKind expected)
    {
        string[] lines = [first, second, "반도체 수출 호조가 이어지면서 설비투자가 다시 늘고 있다고 정부가 밝혔다."];
        Assert.Equal(expected, BoilerplateDetector.Default.ClassifyAll(lines)[0]);
    }

    [Theory]
    [InlineData("TECHWIDE 테크와이드", BoilerplateKind.ShareUi)]
    [InlineData("비즈온 | BIZON", BoilerplateKind.ShareUi)]
    [InlineData("예시통신 EXAMPLE NEWS AGENCY", BoilerplateKind.ShareUi)]
    [InlineData("AI 반도체", BoilerplateKind.None)]
    [InlineData("SK 하이닉스 신고가", BoilerplateKind.None)]
    public void ClassifyAll_FlagsABrandInLatinAndHangulAtTheTop(string first, BoilerplateKind expected)
    {
        string[] lines = [first, "반도체 수출 호조가 이어지면서 설비투자가 다시 늘고 있다고 정부가 밝혔다."];
        Assert.Equal(expected, BoilerplateDetector.Default.ClassifyAll(lines)[0]);
    }

    [Fact]
    public void ClassifyAll_FlagsAPressReleasesCompanyProfileButNotASubheadingAboutIt()
    {
        string body = "가온바이오가 비만 치료제 후보물질의 임상 2상 결과를 발표했다고 12일 밝혔다.";
        string[] lines = [body, "가온바이오 개요", "가온바이오는 2024년 설립된 대사질환 치료제 전문 바이오기업으로, 신약 후보물질 5종을 개발하고 있다."];
        IReadOnlyList<BoilerplateKind> kinds = BoilerplateDetector.Default.ClassifyAll(lines);
        Assert.Equal([BoilerplateKind.None, BoilerplateKind.Notice, BoilerplateKind.Notice], kinds);

        // Without a company description after it, the same line is the story's own subheading.
        string[] story = [body, "가온바이오 개요", "가온바이오는 이번 결과를 바탕으로 내년 3상에 들어간다고 했다."];
        AssertAllBody(story);
    }

    [Fact]
    public void ClassifyAll_FlagsABracketedLabelAboveTheStoryButKeepsTheSameShapeInsideItAsASubheading()
    {
        string[] lines =
        [
            "[CEO 인터뷰]",
            "\"로봇 구독 모델로 중소 공장 잡겠다\"",
            "예시로보틱스는 올해 매출 목표를 전년보다 40% 높여 잡았다고 밝혔다. 구독 모델이 핵심이다.",
            "【인수 배경】",
            "회사는 지난해 부품 업체를 인수하면서 원가를 15% 낮췄다고 설명했다.",
        ];
        IReadOnlyList<BoilerplateKind> kinds = BoilerplateDetector.Default.ClassifyAll(lines);
        Assert.Equal(BoilerplateKind.ShareUi, kinds[0]);
        Assert.Equal(BoilerplateKind.None, kinds[3]);
    }

    [Fact]
    public void ClassifyAll_KeepsEnumeratedPointsBarTablesAndScheduleItemsAsBody()
    {
        string[] lines =
        [
            "예시전자의 1분기 영업이익은 1조 2,300억원으로 시장 컨센서스를 8% 웃돌 것으로 추정한다.",
            "투자포인트",
            "① 고부가 메모리 출하 비중 1분기 18%에서 4분기 35%로 확대",
            "② 파운드리 부문 적자폭 3개 분기 연속 축소",
            "③ 배당성향 30% 이상 유지 등 주주환원 강화",
            "실적 추정 (단위: 십억원)",
            "구분 | 2033A | 2034F | 2035F",
            "매출액 | 68,420 | 76,900 | 84,150",
            "은행별 대출 금리 인하 계획 (자료: 각 사)",
            "가람은행 | 최대 0.4%p | 2월 17일부터",
            "누리은행 | 0.2~0.3%p | 2월 중",
            "합의문 주요 내용",
            "1. 추경 총액 22조3000억원",
            "2. 소상공인 전기·가스요금 지원 4조원 증액",
            "3. 지역사랑상품권 발행 지원 1조5000억원 신규 반영",
            "금일 체크 포인트",
            "- 08:00 2월 수출입물가지수",
            "- 21:30 미국 2월 소매판매",
            "관심 업종: 반도체, 인터넷, 방산",
            "로드맵 주요 내용",
            "- 2037년 하반기: 시행령 개정 및 운용사 인가 기준 마련",
            "- 2038년 상반기: 비트코인 현물 ETF 상장 허용",
            "업체별 전략은",
            "▲ 가람마트 — 산지 직송 채소 브랜드 취급 점포 8000곳으로 확대",
            "▲ 누리마트 — 정육 전문 코너를 5000개 점포에 도입",
            "리스크 요인은 중국 업체의 레거시 제품 증설과 환율 변동이라고 판단한다.",
        ];
        IReadOnlyList<BoilerplateKind> kinds = BoilerplateDetector.Default.ClassifyAll(lines);
        Assert.All(kinds, k => Assert.Equal(BoilerplateKind.None, k));

        // Headlines without numbering, colons or bars are still a list there.
        string[] list = [lines[0], "반도체 장비주 강세 이어진다", "공매도 잔고 1위 종목 살펴보니", "코스닥 900선 회복 바이오 강세", lines[^1]];
        Assert.Equal(BoilerplateKind.HeadlineList, BoilerplateDetector.Default.ClassifyAll(list)[2]);
    }

    [Fact]
    public void ClassifyAll_FlagsATwoLineBiographyButNotAStorysPersonIntroduction()
    {
        string column = "기업이 위기를 넘으려면 현금흐름부터 다시 봐야 한다. 이번 분기 지표는 경고에 가깝다.";
        string[] lines = [column, "홍서윤 교수는", "한국대 경제학부 교수. 미국 예시대에서 경제학 박사 학위를 받았다. 예시학회 부회장을 지냈다."];
        Assert.Equal([BoilerplateKind.None, BoilerplateKind.Byline, BoilerplateKind.Byline], BoilerplateDetector.Default.ClassifyAll(lines));

        string[] story = [column, "홍서윤 교수는", "이번 분기 실적이 시장 예상을 밑돌 것으로 봤다."];
        AssertAllBody(story);
    }

    [Fact]
    public void ClassifyAll_KeepsArrowPointsOfAResearchNoteAsBody()
    {
        string[] lines =
        [
            "2차전지 업종의 2분기 실적이 바닥을 지났다고 판단한다. 하반기에는 수요 회복이 본격화될 전망이다.",
            "▶ 2분기 셀 3사 합산 영업이익은 1조1000억원으로 흑자 전환 추정. 북미 ESS 수요 증가가 EV 부진을 상쇄",
            "▶ 완성차 업체의 배터리 재고 일수가 1분기 78일에서 2분기 54일로 감소. 3분기부터 주문 회복 전망",
            "▶ 리튬 가격은 바닥을 다지는 중. 원가 하락 효과는 하반기 마진 개선으로 연결",
        ];
        AssertAllBody(lines);
    }

    [Fact]
    public void ClassifyAll_FlagsATagListScrapedOneTagPerLine()
    {
        string[] lines = ["예시핀테크가 스테이블코인 결제 서비스를 시작한다고 밝혔다. 가맹점은 1만곳이다.", "태그", "스테이블코인", "결제", "디지털자산", "다른 매체의 관련 보도가 이어지고 있다고 업계는 전했다."];
        IReadOnlyList<BoilerplateKind> kinds = BoilerplateDetector.Default.ClassifyAll(lines);
        Assert.Equal([BoilerplateKind.None, BoilerplateKind.Tags, BoilerplateKind.Tags, BoilerplateKind.Tags, BoilerplateKind.Tags, BoilerplateKind.None], kinds);
    }

    [Fact]
    public void ClassifyAll_KeepsABulletedListThatTheStoryGoesOnAfterAsBody()
    {
        string body = "예시제과가 설탕을 넣지 않은 과자 브랜드를 새로 내놓는다고 4일 밝혔다. 첫해 매출 목표는 300억원이다.";
        string[] lines = [body, "제품 라인업", "· 제로한입 크래커", "· 제로한입 버터쿠키", "· 제로한입 초코볼", "회사는 하반기 편의점 전용 제품도 선보이겠다고 밝혔다. 가격은 기존 제품과 같다."];
        AssertAllBody(lines);

        // The same bullets at the end of the page, with nothing of the story after them, still read as a list of headlines.
        string[] tail = [body, "· 제로한입 크래커 출시", "· 제로한입 버터쿠키 완판", "· 제로한입 초코볼 인기"];
        Assert.Equal(BoilerplateKind.HeadlineList, BoilerplateDetector.Default.ClassifyAll(tail)[2]);
    }

    [Fact]
    public void ClassifyAll_DoesNotTakeAHeadlineEndingInAVerbForTheStorysFirstSentence()
    {
        string[] lines =
        [
            "예시경제신문",
            "산업 | 전자·반도체 | 자동차 | 에너지·화학",
            "누리배터리, 미국 조지아에 4조 원 투자…LFP 전용 공장 짓는다",
            "2036년 양산 목표…연 30GWh 규모",
            "북미 ESS 시장 겨냥",
            "박서준 기자",
            "누리배터리가 미국 조지아주에 리튬인산철 배터리 전용 공장을 짓는다고 3일 밝혔다. 투자 규모는 4조 원이다.",
        ];
        IReadOnlyList<BoilerplateKind> kinds = BoilerplateDetector.Default.ClassifyAll(lines);
        Assert.Equal([BoilerplateKind.None, BoilerplateKind.None, BoilerplateKind.None], kinds.Skip(2).Take(3));
        Assert.Equal(BoilerplateKind.None, kinds[^1]);
    }

    [Fact]
    public void ClassifyAll_FlagsHeadlinesUnderASectionHeadingAfterTheStory()
    {
        string[] lines =
        [
            "여야가 추가경정예산안 규모에 합의했다고 원내대표들이 27일 밝혔다. 본회의는 28일 열린다.",
            "가람 기자 garam@example.example",
            "오피니언",
            "[사설] 추경 합의, 재정 건전성 대책도 함께 내놔야",
            "[시론] 지역화폐는 만능 처방이 아니다",
        ];
        IReadOnlyList<BoilerplateKind> kinds = BoilerplateDetector.Default.ClassifyAll(lines);
        Assert.Equal(BoilerplateKind.None, kinds[0]);
        Assert.All(kinds.Skip(2), k => Assert.NotEqual(BoilerplateKind.None, k));

        // A ranking note under a header does not end the list.
        string[] ranking = [lines[0], "다온 경제 랭킹 뉴스", "오후 1시~2시까지 집계한 결과입니다.", "1 \"월급 빼고 다 올라\"…공공요금 인상 줄줄이", "2 청년도약계좌 가입자 300만 돌파"];
        Assert.All(BoilerplateDetector.Default.ClassifyAll(ranking).Skip(1), k => Assert.NotEqual(BoilerplateKind.None, k));
    }

    [Fact]
    public void ClassifyAll_KeepsAFigureTableUnderItsCaptionAsBody()
    {
        string[] lines =
        [
            "정부가 반도체 설비투자를 돕기 위해 정책금융 프로그램을 새로 만든다고 밝혔다.",
            "분야별 지원 규모",
            "설비투자 1조2천억원",
            "연구개발 4500억원",
            "인력양성 800억원",
            "기획재정부는 이날 지원 방안을 발표하고 상반기 중 첫 자금을 집행하겠다고 했다.",
        ];
        AssertAllBody(lines);

        // Headlines with a figure in the middle are still a list.
        string[] list = [lines[0], "분야별 지원 규모", "설비투자 1조원 시대 열린다", "연구개발 4500억원 어디에 쓰나", "인력양성 예산 늘린다", lines[5]];
        Assert.Equal(BoilerplateKind.HeadlineList, BoilerplateDetector.Default.ClassifyAll(list)[2]);
    }

    [Theory]
    [InlineData("주요 내용은 다음과 같다.", BoilerplateKind.None)]
    [InlineData("지원 대상은 이렇다:", BoilerplateKind.None)]
    [InlineData("지원 내용이 눈길을 끈다.", BoilerplateKind.HeadlineList)]
    public void ClassifyAll_KeepsBulletsAfterASentenceThatAnnouncesThemAsBody(string introducer, BoilerplateKind expected)
    {
        string[] lines =
        [
            "정부는 내수를 살리기 위해 10조원 규모의 지원책을 내놨다. " + introducer,
            "- 중소기업 정책자금 2조원 추가 공급",
            "- 지역화폐 사용분 소득공제율 상향",
            "- 노후 차량 교체 시 개별소비세 감면 연장",
        ];
        IReadOnlyList<BoilerplateKind> kinds = BoilerplateDetector.Default.ClassifyAll(lines);
        Assert.All(kinds.Skip(1).Take(3), k => Assert.Equal(expected, k));

        // With the story going on after them, bullets are the story's own list whatever came before.
        string[] story = [.. lines, "기재부 관계자는 \"하반기에는 소비 회복을 최우선 과제로 삼겠다\"고 말했다."];
        AssertAllBody(story);
    }

    [Fact]
    public void ClassifyAll_KeepsLabelledFigureItemsUnderAnArrowSubheadingButFlagsALinkButton()
    {
        string[] lines =
        [
            "편의점 업계가 초저가 자체 브랜드 상품 경쟁에 나섰다고 업계가 1일 밝혔다.",
            "▶ 편의점별 대표 초저가 상품",
            "· 가나편의점: 3,900원 도시락",
            "· 다라마트: 990원 생수",
            "· 바사25: 3,500원 정식",
            "업계는 가격 경쟁이 하반기에도 이어질 것으로 보고 있다고 전했다.",
            "▶ 초보 투자자를 위한 예시경제 유튜브 채널 바로가기",
            "다만 일부 종목은 이미 주가에 기대감이 반영된 만큼 선별적 접근이 필요하다는 조언이다.",
        ];
        Assert.Equal(
            [.. Enumerable.Repeat(BoilerplateKind.None, 6), BoilerplateKind.RelatedArticles, BoilerplateKind.None],
            BoilerplateDetector.Default.ClassifyAll(lines));
    }

    [Fact]
    public void ClassifyAll_AcceptsLongerAndQuotedItemsUnderARelatedHeader()
    {
        string[] lines =
        [
            "정부가 반도체 설비투자를 돕기 위해 정책금융 프로그램을 새로 만든다고 밝혔다.",
            "많이 본 뉴스",
            "예시그룹 회장 \"시장 더 커진다\"",
            "국제유가 90달러 돌파",
            "퇴직연금 수익률 비교, 어디가 높을까",
            "반도체 수출 석 달째 증가",
        ];
        Assert.Equal(
            [BoilerplateKind.None, .. Enumerable.Repeat(BoilerplateKind.RelatedArticles, 5)],
            BoilerplateDetector.Default.ClassifyAll(lines));
    }

    [Fact]
    public void ClassifyAll_DoesNotFlagTwoShortLinesBelowTheMinimumRun()
    {
        string[] lines = ["본문 문장이 여기에 길게 이어지고 있으며 마침표로 끝난다.", "짧은 소제목 하나", "또 다른 소제목"];
        AssertAllBody(lines);
        var strict = new BoilerplateDetector(new BoilerplateDetectorOptions { HeadlineListMinRun = 2 });
        Assert.Equal(BoilerplateKind.HeadlineList, strict.ClassifyAll(lines)[2]);
    }

    /// <summary>The labelled set: ~25 of the project's own article-like texts with boilerplate tails (also used by the ML helper).</summary>
    /// <summary>Asserts that no line of <paramref name="lines"/> is classified as boilerplate in context.</summary>
    private static void AssertAllBody(string[] lines) =>
        Assert.All(BoilerplateDetector.Default.ClassifyAll(lines), k => Assert.Equal(BoilerplateKind.None, k));

    internal static List<List<(bool Boilerplate, string Text)>> LoadLabelledArticles(string file = "boilerplate-labelled.tsv")
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Duplicates", "Data", file);
        var articles = new List<List<(bool, string)>> { new() };
        foreach (string line in File.ReadLines(path).Skip(1))
        {
            if (line.Length == 0)
            {
                articles.Add([]);
                continue;
            }

            string[] parts = line.Split('\t');
            Assert.Equal(2, parts.Length);
            Assert.Contains(parts[0], new[] { "body", "boilerplate" });
            articles[^1].Add((parts[0] == "boilerplate", parts[1]));
        }

        return articles.Where(a => a.Count > 0).ToList();
    }

    private (int Tp, int Fp, int Fn, int Tn) Evaluate(string name, List<List<(bool Boilerplate, string Text)>> articles)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (List<(bool Boilerplate, string Text)> article in articles)
        {
            IReadOnlyList<BoilerplateKind> kinds = BoilerplateDetector.Default.ClassifyAll(article.Select(a => a.Text).ToArray());
            for (int i = 0; i < article.Count; i++)
            {
                bool predicted = kinds[i] != BoilerplateKind.None;
                (tp, fp, fn, tn) = (predicted, article[i].Boilerplate) switch
                {
                    (true, true) => (tp + 1, fp, fn, tn),
                    (true, false) => (tp, fp + 1, fn, tn),
                    (false, true) => (tp, fp, fn + 1, tn),
                    _ => (tp, fp, fn, tn + 1),
                };
                if (predicted != article[i].Boilerplate)
                {
                    output.WriteLine($"{name} {(predicted ? "FP" : "FN")} {kinds[i]}: {article[i].Text}");
                }
            }
        }

        output.WriteLine($"{name}: {articles.Count} articles, {tp + fn} boilerplate / {fp + tn} body lines: P={(double)tp / (tp + fp):F4} R={(double)tp / (tp + fn):F4} (tp={tp} fp={fp} fn={fn} tn={tn})");
        return (tp, fp, fn, tn);
    }

    [Fact]
    public void LabelledArticles_MeetPrecisionAndRecallTargets()
    {
        List<List<(bool Boilerplate, string Text)>> tuning = LoadLabelledArticles();
        List<List<(bool Boilerplate, string Text)>> heldOut = [.. LoadLabelledArticles("boilerplate-heldout.tsv"), .. LoadLabelledArticles("boilerplate-heldout2.tsv")];
        Evaluate("second held-out set", LoadLabelledArticles("boilerplate-heldout2.tsv"));

        // First measured untuned (P 1.0, R 0.87); the rules were then extended to the page furniture it showed.
        (int tp3, int fp3, int fn3, _) = Evaluate("third held-out set", LoadLabelledArticles("boilerplate-heldout3.tsv"));
        Assert.True((double)tp3 / (tp3 + fp3) >= 0.95, "third held-out precision");
        Assert.True((double)tp3 / (tp3 + fn3) >= 0.90, "third held-out recall");

        // Written blind and first measured untuned (P 0.88, R 0.77; 0.8846/0.8070 after the third set's extensions); it has
        // since been looked at and the rules were extended to its false positives and misses, so it is a development set now.
        (int tp4, int fp4, int fn4, _) = Evaluate("fourth held-out set", LoadLabelledArticles("boilerplate-heldout4.tsv"));
        Assert.True((double)tp4 / (tp4 + fp4) >= 0.95, "fourth held-out precision");
        Assert.True((double)tp4 / (tp4 + fn4) >= 0.90, "fourth held-out recall");

        // Written blind and first measured untuned (P 0.9385 = 61/65, R 0.9104 = 61/67); the rules were then extended to its
        // false positives and misses, so it is a development set now. The sixth set was written blind too and first
        // measured untuned before that change (P 0.9785 = 91/93, R 0.8426 = 91/108); its misses were looked at in the same
        // change, so it is a development set as well.
        foreach (string file in (string[])["boilerplate-heldout5.tsv", "boilerplate-heldout6.tsv"])
        {
            (int tpd, int fpd, int fnd, _) = Evaluate(file, LoadLabelledArticles(file));
            Assert.True((double)tpd / (tpd + fpd) >= 0.95, $"{file} precision");
            Assert.True((double)tpd / (tpd + fnd) >= 0.90, $"{file} recall");
        }

        // Development sets, each written blind and first measured untuned, then looked at (their rules extended by shape):
        // - 7: outlet kinds the other sets lack (broadcast scripts, portal copies, press releases, newsletters, paywalls),
        //   first P 0.9176 = 78/85, R 0.6290 = 78/124;
        // - 8: half newspaper pages, half other outlet kinds, first P 1.0000 = 102/102, R 0.7727 = 102/132 (rules of
        //   2026-12-02; then section labels, player controls, name supers, attachments, reader requests, contributor
        //   bylines, reading times, author biographies);
        // - 9: unusual outlet kinds (live blogs, research notes, newsletters, press-release portals, menus and footers),
        //   first P 0.9015 = 119/132, R 0.6296 = 119/189;
        // - 10: typical outlets (dailies, portal copies, wires, broadcasters), first P 0.9789 = 186/190, R 0.8455 = 186/220;
        // - 11: typical outlets, the blind set of 2026-12-02, measured once untuned (P 0.9660 = 227/235, R 0.8407 = 227/270);
        //   its misses were then looked at (mastheads, page tools, figure tables, photographer credits), so it is a
        //   development set now;
        // - 12: newspapers, portals, broadcasters, research notes and newsletters, the blind set of 2026-12-03, measured once
        //   untuned (P 0.9739 = 298/306, R 0.8843 = 298/337); its misses were then looked at (notices under summaries,
        //   comment boxes, player controls, English captions and timestamps, section pairs), so it is a development set now;
        // - 13: securities portals, market and real-estate news, IT media, regional, English, press-release, TV, newsletter
        //   and mobile pages, measured once untuned (P 0.9647 = 273/283, R 0.8639 = 273/316), then looked at (tool bars,
        //   tickers, taglines, bilingual mastheads, page notes, enumerated points and bar tables);
        // - 14: typical outlets of a finance pipeline, measured once after the thirteenth set's extension (P 0.9242 =
        //   244/264, R 0.8841 = 244/276), then looked at (bar tables, numbered points, section lists after the story);
        // - 15: typical outlets, measured once after the fourteenth set's extension (P 0.9631 = 287/298, R 0.8858 = 287/324),
        //   then looked at (spaced menus with one unknown item, broadcast supers, portal notes, newsletter chrome, bulleted
        //   lists the story goes on after, headlines ending in a verb above the story);
        // - 16 and 17: typical outlets by two authors, each measured once after the fifteenth set's extension (16: P 1.0000 =
        //   321/321, R 0.9145 = 321/351; 17: P 0.9907 = 320/323, R 0.8579 = 320/373), then looked at (buttons scraped one per
        //   line, tag lists one per line, government press-release pages, wire photo captions, tickers without bars);
        // - 18 and 19: typical outlets by two authors, each measured once after the seventeenth set's extension (18: P 0.9809
        //   = 308/314, R 0.8876 = 308/347; 19: P 0.9846 = 255/259, R 0.8979 = 255/284), then looked at (radio and TV
        //   transcript headers, English wire furniture, research-note arrow points, two-line biographies, citation and ethics
        //   notices; table titles such as "[표] …" are body, as every labelled set has them).
        foreach (string file in (string[])["boilerplate-heldout7.tsv", "boilerplate-heldout8.tsv", "boilerplate-heldout9.tsv", "boilerplate-heldout10.tsv",
            "boilerplate-heldout11.tsv", "boilerplate-heldout12.tsv", "boilerplate-heldout13.tsv", "boilerplate-heldout14.tsv", "boilerplate-heldout15.tsv",
            "boilerplate-heldout16.tsv", "boilerplate-heldout17.tsv", "boilerplate-heldout18.tsv", "boilerplate-heldout19.tsv"])
        {
            (int tpd, int fpd, int fnd, _) = Evaluate(file, LoadLabelledArticles(file));
            Assert.True((double)tpd / (tpd + fpd) >= 0.95, $"{file} precision");
            Assert.True((double)tpd / (tpd + fnd) >= 0.90, $"{file} recall");
        }

        // Written blind by two authors (typical outlets of a finance pipeline, without access to the rules, the docs or the
        // other sets) and merged after the rules were final; each measured once: the twentieth P 0.9792 = 377/385, R 0.9449
        // = 377/399, the twenty-first P 0.9858 = 348/353, R 0.9457 = 348/368. The rules must not be tuned to their lines, so
        // only a precision floor is asserted: it guards against regressions on unseen layouts without making them a target.
        foreach (string file in (string[])["boilerplate-heldout20.tsv", "boilerplate-heldout21.tsv"])
        {
            (int tpb, int fpb, _, _) = Evaluate(file + " (blind)", LoadLabelledArticles(file));
            Assert.True((double)tpb / (tpb + fpb) >= 0.95, $"{file} precision");
        }

        Assert.True(tuning.Count + heldOut.Count >= 20, $"{tuning.Count + heldOut.Count} articles");
        (int tp1, int fp1, int fn1, _) = Evaluate("tuning set", tuning);
        (int tp2, int fp2, int fn2, _) = Evaluate("held-out sets", heldOut);
        int tp = tp1 + tp2, fp = fp1 + fp2, fn = fn1 + fn2;
        double precision = (double)tp / (tp + fp), recall = (double)tp / (tp + fn);
        output.WriteLine($"both: P={precision:F4} R={recall:F4}");

        // Per-line IsBoilerplate (no context) for comparison.
        int lineTp = 0, lineFp = 0, lineFn = 0;
        foreach ((bool label, string text) in tuning.Concat(heldOut).SelectMany(a => a))
        {
            bool predicted = BoilerplateDetector.Default.IsBoilerplate(text);
            lineTp += predicted && label ? 1 : 0;
            lineFp += predicted && !label ? 1 : 0;
            lineFn += !predicted && label ? 1 : 0;
        }

        output.WriteLine($"per-line IsBoilerplate only (both sets): P={(double)lineTp / (lineTp + lineFp):F4} R={(double)lineTp / (lineTp + lineFn):F4}");
        Assert.True(precision >= 0.95, $"precision {precision:F4}");
        Assert.True(recall >= 0.90, $"recall {recall:F4}");
        Assert.True((double)tp2 / (tp2 + fp2) >= 0.95, "held-out precision");
        Assert.True((double)tp2 / (tp2 + fn2) >= 0.90, "held-out recall");
    }

    [Fact]
    public void Learner_FlagsLinesRecurringAcrossArticlesOfTheSameSource()
    {
        var learner = new BoilerplateLearner(new BoilerplateLearnerOptions { MinArticles = 3 });
        for (int i = 0; i < 4; i++)
        {
            learner.Add("example.co.kr", [$"{i}번째 기사 본문이다.", "예시경제 앱에서 더 많은 소식을 만나 보세요", "편집국 대표 연락처는 누리집 하단 참고"]);
            learner.Add("other.kr", [$"다른 매체 {i}번째 기사.", i < 2 ? "예시경제 앱에서 더 많은 소식을 만나 보세요" : "다른 꼬리말"]);
        }

        BoilerplateDetector detector = learner.BuildDetector();
        Assert.Equal(BoilerplateKind.Learned, detector.Classify("예시경제 앱에서  더 많은 소식을 만나 보세요.", "example.co.kr"));
        Assert.Equal(BoilerplateKind.Learned, detector.Classify("편집국 대표 연락처는 누리집 하단 참고"));
        Assert.Equal(BoilerplateKind.None, detector.Classify("예시경제 앱에서 더 많은 소식을 만나 보세요", "other.kr"));
        Assert.Equal(BoilerplateKind.None, detector.Classify("0번째 기사 본문이다.", "example.co.kr"));
        Assert.Equal(BoilerplateKind.None, detector.Classify("다른 꼬리말", "other.kr"));
        LearnedBoilerplate learned = learner.Build();
        Assert.Equal(2, learned.Count);
        Assert.Equal(["example.co.kr"], learned.Sources);
    }

    [Fact]
    public void Learner_CountsEachArticleOnceAndHonoursMinFraction()
    {
        var learner = new BoilerplateLearner(new BoilerplateLearnerOptions { MinArticles = 2, MinFraction = 0.5 });
        learner.Add("s", ["반복 꼬리말", "반복 꼬리말", "반복 꼬리말"]);
        Assert.Equal(0, learner.Build().Count);
        learner.Add("s", ["반복 꼬리말"]);
        Assert.Equal(1, learner.Build().Count);
        for (int i = 0; i < 4; i++)
        {
            learner.Add("s", [$"본문 {i}"]);
        }

        Assert.Equal(0, learner.Build().Count); // 2 of 6 articles < 50%
    }

    [Theory]
    [InlineData("x (B)")]
    [InlineData("(B)")]
    [InlineData("a (KB)")]
    [InlineData("재생 ()")]
    [InlineData("(0:00)")]
    [InlineData("0:00 /")]
    [InlineData("/ 0:00")]
    [InlineData("A+")]
    [InlineData("+-")]
    [InlineData("[")]
    [InlineData("[]")]
    [InlineData("[인터뷰]")]
    [InlineData("[인터뷰] 가")]
    [InlineData("【")]
    [InlineData("【세종=】 기자")]
    [InlineData("By ")]
    [InlineData("By  ,")]
    [InlineData("#")]
    [InlineData("태그 #")]
    [InlineData("키워드:")]
    [InlineData("키워드: ,,")]
    [InlineData("- ")]
    [InlineData("- a: ")]
    [InlineData("■")]
    [InlineData("|")]
    [InlineData("| |")]
    [InlineData(" · ")]
    [InlineData(".pdf")]
    [InlineData("a.pdf(")]
    [InlineData("자료:")]
    [InlineData("데이터 제공:")]
    [InlineData("☰")]
    [InlineData("🔍")]
    [InlineData("2026년 1월 1일 (")]
    [InlineData("1 ℃")]
    [InlineData("1일)")]
    [InlineData("#1 · ")]
    [InlineData("No.")]
    [InlineData("호")]
    [InlineData("1호")]
    [InlineData("입니다.")]
    [InlineData("뉴스 입니다")]
    [InlineData("http")]
    [InlineData("가 대리")]
    [InlineData("RA")]
    [InlineData("a 1")]
    [InlineData("a 1조")]
    [InlineData("a 1)")]
    [InlineData("a %")]
    [InlineData("가 나")]
    [InlineData(". 기자")]
    [InlineData("/ 기자")]
    [InlineData("[ 기자]")]
    [InlineData("0:0")]
    [InlineData("경제 ")]
    [InlineData("(a)")]
    [InlineData("A. (B)")]
    [InlineData("A. ( )")]
    [InlineData("Published:")]
    [InlineData("Sep.")]
    [InlineData("By and")]
    [InlineData("[ DB]")]
    [InlineData("· a: 1")]
    [InlineData("다음과 같다.")]
    [InlineData(":")]
    [InlineData("가나경제 ")]
    [InlineData("가나경제 헤드라인")]
    [InlineData("로그인 ")]
    [InlineData("a | b | c")]
    [InlineData("A 1 ▲ | B 2 ▼ | C 3 +")]
    [InlineData("(0)")]
    [InlineData("댓글 (")]
    [InlineData("댓글 /")]
    [InlineData("? 좋아요")]
    [InlineData("광고")]
    [InlineData("📢")]
    [InlineData("[ ]")]
    [InlineData("1.")]
    [InlineData("1. ")]
    [InlineData("- 1")]
    [InlineData("①")]
    [InlineData("▲—")]
    [InlineData("A B 가")]
    [InlineData("가 | B")]
    [InlineData("투자등급")]
    [InlineData("( photo)")]
    [InlineData("◀▶")]
    [InlineData("▶ 인터뷰 :")]
    [InlineData("▶ 기자: /")]
    [InlineData("A--(B)--")]
    [InlineData("댓글 ")]
    [InlineData("댓글 개")]
    [InlineData("? 👍")]
    [InlineData("바로가기")]
    [InlineData("a. Courtesy of ")]
    [InlineData("많이 본 ")]
    [InlineData("인기 경제")]
    [InlineData("x | 년 일 No.")]
    [InlineData("[ 기자] 1")]
    [InlineData("[a]")]
    [InlineData("가나 입력")]
    [InlineData("(=) = @")]
    [InlineData("에디터 ")]
    [InlineData("(a=b)")]
    [InlineData("(a=b) 사진")]
    [InlineData("▲1 ▲2 ▲3")]
    [InlineData("a 1 ▲ b 2 ▲ c 3 ▲")]
    [InlineData("붙임")]
    [InlineData("1부")]
    [InlineData("끝.")]
    [InlineData("<a b.cd>")]
    [InlineData(" No.")]
    [InlineData("[제호]")]
    [InlineData("뉴스")]
    [InlineData("가나 기자. 다.")]
    [InlineData("■ :")]
    [InlineData("[a] [b]")]
    [InlineData("[]]")]
    [InlineData("← ")]
    [InlineData("a @")]
    [InlineData(" 검색")]
    [InlineData("보기 ▶")]
    [InlineData("목차")]
    [InlineData("①②③")]
    [InlineData("A > B")]
    [InlineData("June 1 AM :")]
    [InlineData("[a / b]")]
    [InlineData("x: a·b 기자")]
    [InlineData("가나 교수는")]
    [InlineData("가. 나")]
    public void Classify_NeverThrowsOnTheEdgesOfEachShape(string line)
    {
        _ = BoilerplateDetector.Default.Classify(line);
        _ = BoilerplateDetector.Default.ClassifyAll([line, "홍길동 기자", line, "홍길동 기자는 예시대를 졸업했다.", line]);
        _ = BoilerplateDetector.Default.ClassifyAll([line, "로그인", "본문 문장이 여기에 길게 이어지고 있으며 마침표로 끝난다.", line, line, line]);
    }

    [Property(MaxTest = 300)]
    public void Classify_NeverThrows(string? line)
    {
        _ = BoilerplateDetector.Default.Classify(line);
        _ = BoilerplateDetector.Default.ClassifyAll([line ?? string.Empty, line ?? string.Empty, line ?? string.Empty]);
    }

    [Fact]
    public void AdversarialLongLine_IsBodyTextAndItsFingerprintKeepsEveryRepetition()
    {
        const string unit = "▶관련기사 ⓒ@a.b 사진=/ 기자 ";
        const int repetitions = 40_000;
        string big = string.Concat(Enumerable.Repeat(unit, repetitions));
        Assert.Equal(BoilerplateKind.Copyright, BoilerplateDetector.Default.Classify(unit));
        Assert.Equal(BoilerplateKind.None, BoilerplateDetector.Default.Classify(big)); // far longer than any boilerplate line
        Assert.Equal([BoilerplateKind.None, BoilerplateKind.None], BoilerplateDetector.Default.ClassifyAll([big, big]));
        ParagraphFingerprint fingerprint = ParagraphFingerprint.Create(big);
        Assert.Equal(string.Concat(Enumerable.Repeat(ParagraphFingerprint.Create(unit).Text, repetitions)), fingerprint.Text);
        Assert.Equal(ParagraphFingerprint.ComputeHash(big), fingerprint.Hash);
    }
}
