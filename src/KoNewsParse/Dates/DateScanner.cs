namespace KoNewsParse.Dates;

/// <summary>One parsed component of a mention, before connectors (<c>부터</c>, <c>~</c>, <c>까지</c>) are applied.</summary>
internal struct DateComponent
{
    public int End;
    public DateSpec Spec;
    public bool Pre;
    public DateRange PreRange;
    public bool PreRelative;
    public bool SamePeriod;
    public DateMentionKind Kind;
    public DateDuration Duration;
}

/// <summary>A match found by <see cref="DateScanner"/>.</summary>
internal struct DateMatch
{
    public int Start;
    public int End;
    public bool Emit;
    public DateMentionKind Kind;
    public DateRange Range;
    public bool Relative;
    public TimeOnly? Time;
    public DateDuration? Duration;
}

/// <summary>
/// Hand-written scanner over a span. Every attempt at a position looks ahead a bounded number of characters, and
/// clause-tense lookups are cached monotonically, so a full scan is linear in the input length.
/// </summary>
internal ref struct DateScanner
{
    private const int MaxSpaces = 2;

    private readonly ReadOnlySpan<char> _s;
    private readonly DateOnly _ref;
    private readonly KoreanDateParserOptions _o;
    private readonly int _tenseWindow;

    private bool _tHas;
    private int _tFrom;
    private int _tStop;
    private bool _tFinal;
    private Direction _tDir;

    private bool _hasLast;
    private DateRange _last;

    public DateScanner(ReadOnlySpan<char> s, DateOnly reference, KoreanDateParserOptions options)
    {
        _s = s;
        _ref = reference;
        _o = options;
        _tenseWindow = Math.Clamp(options.TenseWindow, 0, 1000);
    }

    /// <summary>Where to continue after a failed attempt at <paramref name="i"/>.</summary>
    public readonly int SkipAfterFailure(int i)
    {
        if (!char.IsAsciiDigit(_s[i]))
        {
            return i + 1;
        }

        while (i < _s.Length && char.IsAsciiDigit(_s[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Tries to match a mention starting at <paramref name="i"/>.</summary>
    public bool TryMatch(int i, out DateMatch m)
    {
        m = default;
        if (!LeftOk(i) || !ParseComponent(i, out DateComponent c1))
        {
            return false;
        }

        m.Start = i;
        m.End = c1.End;
        if (c1.Kind == DateMentionKind.Duration)
        {
            m.Kind = DateMentionKind.Duration;
            m.Duration = c1.Duration;
            m.Range = new DateRange(null, null, c1.Duration.Unit);
            m.Emit = _o.IncludeDurations;
            return true;
        }

        if (!Resolve(c1, default, false, out DateRange r1))
        {
            // Consumed but unresolvable (e.g. 2월 30일): skip it without reporting.
            m.Emit = false;
            return true;
        }

        m.Emit = true;
        m.Relative = c1.Pre ? c1.PreRelative : c1.Spec.IsRelative;
        m.Kind = c1.Spec.RangeTo > 0 ? DateMentionKind.Range : c1.Kind;
        m.Range = r1;
        int end = c1.End;
        int q = SkipWs(end);
        if (m.Kind == DateMentionKind.Date && !c1.SamePeriod)
        {
            if (StartsAt(q, "부터"))
            {
                int a = q + 2;
                bool done = false;
                int b = SkipWs(a);
                if (b < _s.Length && r1.Start is { } st && ParseComponent(b, out DateComponent c2) && c2.Kind == DateMentionKind.Date)
                {
                    int k = SkipWs(c2.End);
                    if (StartsAt(k, "까지") && Resolve(c2, st, true, out DateRange r2) && r2.End >= st)
                    {
                        m.Range = new DateRange(r1.Start, r2.End, r1.Granularity);
                        m.Relative |= c2.Pre ? c2.PreRelative : c2.Spec.IsRelative;
                        end = k + 2;
                        done = true;
                    }
                }

                if (!done)
                {
                    m.Range = new DateRange(r1.Start, null, r1.Granularity);
                    end = a;
                }

                m.Kind = DateMentionKind.Range;
            }
            else if (q < _s.Length && IsTilde(_s[q]))
            {
                _ = TryTildeRange(q, ref m, ref end, skipEndTime: false);
            }
            else if ((StartsAt(q, "이후") || StartsAt(q, "이래")) && WordEnd(q + 2) && r1.Start is not null)
            {
                // 2019년 이후 / 2019년 이래: since (and including) 2019.
                m.Range = new DateRange(r1.Start, null, r1.Granularity);
                m.Kind = DateMentionKind.Range;
                end = q + 2;
            }
            else if (StartsAt(q, "누적") && WordEnd(q + 2) && r1.Start is { } cs && r1.End is { } ce
                && r1.Granularity is DateGranularity.Year or DateGranularity.Half or DateGranularity.Quarter or DateGranularity.Month)
            {
                // 올해 누적 = year to date; 3분기 누적 = from 1 January to the end of the third quarter.
                DateOnly ytdEnd = r1.Granularity == DateGranularity.Year && cs <= _ref && _ref < ce ? _ref : ce;
                m.Range = new DateRange(new DateOnly(cs.Year, 1, 1), ytdEnd, r1.Granularity);
                end = q + 2;
            }
            else if (StartsAt(q, "까지"))
            {
                m.Range = new DateRange(null, r1.End, r1.Granularity);
                m.Kind = DateMentionKind.Range;
                end = q + 2;
            }
        }
        else if (m.Kind == DateMentionKind.Range && StartsAt(q, "까지") && m.Range.End is not null)
        {
            end = q + 2;
        }

        if (m.Kind == DateMentionKind.Date && m.Range.Granularity == DateGranularity.Day && _o.AttachTimeOfDay
            && TryTime(SkipWs(end), out TimeOnly time, out int tEnd))
        {
            m.Time = time;
            end = tEnd;

            // 25일 오후 2시 30분~12월 3일: a range whose start has a time of day (the time stays the start's).
            int t = SkipWs(end);
            if (!c1.SamePeriod && t < _s.Length && IsTilde(_s[t]))
            {
                _ = TryTildeRange(t, ref m, ref end, skipEndTime: true);
            }
        }

        m.End = end;
        if (!c1.SamePeriod && m.Range.Start is not null && m.Range.End is not null)
        {
            _last = m.Range;
            _hasLast = true;
        }

        return true;
    }

    /// <summary>
    /// Extends the date <paramref name="m"/> into a range when a date follows the tilde at <paramref name="q"/> and ends on
    /// or after it (<c>25일~12월 3일</c>, <c>~까지</c> included); with <paramref name="skipEndTime"/>, a time of day after the
    /// end date is consumed too (the mention keeps the start's time).
    /// </summary>
    private bool TryTildeRange(int q, ref DateMatch m, ref int end, bool skipEndTime)
    {
        int b = SkipWs(q + 1);
        if (b >= _s.Length || m.Range.Start is not { } st || !ParseComponent(b, out DateComponent c2) || c2.Kind != DateMentionKind.Date
            || !Resolve(c2, st, true, out DateRange r2) || !(r2.End >= st))
        {
            return false;
        }

        m.Range = new DateRange(st, r2.End, m.Range.Granularity);
        m.Relative |= c2.Pre ? c2.PreRelative : c2.Spec.IsRelative;
        m.Kind = DateMentionKind.Range;
        end = c2.End;
        if (skipEndTime && r2.Granularity == DateGranularity.Day && TryTime(SkipWs(end), out _, out int tEnd))
        {
            end = tEnd;
        }

        int k = SkipWs(end);
        if (StartsAt(k, "까지"))
        {
            end = k + 2;
        }

        return true;
    }

    private bool Resolve(in DateComponent c, DateOnly anchor, bool anchored, out DateRange r)
    {
        if (c.Pre)
        {
            r = c.PreRange;
            return true;
        }

        DateSpec s = c.Spec;
        bool useAnchor = anchored && s.IsPartial && !s.HasDir;
        DateOnly a = useAnchor ? anchor : _ref;
        Direction dir = s.HasDir ? s.Dir : useAnchor ? Direction.Future : s.IsPartial ? TenseAt(c.End) : Direction.Nearest;
        if (s.RangeTo > 0)
        {
            DateSpec lower = s;
            lower.RangeTo = 0;
            DateSpec upper = s.UpperEnd();
            if (DateMath.TryResolve(lower, a, dir, out DateRange lo) && lo.Start is { } loStart
                && DateMath.TryResolve(upper, s.IsPartial ? loStart : a, s.IsPartial ? Direction.Future : dir, out DateRange hi) && hi.End >= loStart)
            {
                r = new DateRange(lo.Start, hi.End, lo.Granularity);
                return true;
            }

            r = default;
            return false;
        }

        return DateMath.TryResolve(s, a, dir, out r);
    }

    private bool ParseComponent(int i, out DateComponent c)
    {
        c = default;
        char ch = _s[i];
        if (char.IsAsciiDigit(ch))
        {
            return ParseNumber(i, default, out c);
        }

        if (ch is '\'' or '\u2018' or '\u2019')
        {
            return ParseApostropheYear(i, out c);
        }

        if (!DateWords.ByFirstChar.TryGetValue(ch, out DateWord[]? words))
        {
            return false;
        }

        foreach (DateWord w in words)
        {
            if (StartsAt(i, w.Text) && TryWord(w, i + w.Text.Length, out c))
            {
                return true;
            }
        }

        return false;
    }

    private bool TryWord(DateWord w, int p, out DateComponent c)
    {
        c = default;
        DateSpec spec = default;
        int q = SkipWs(p);
        switch (w.Kind)
        {
            case WordKind.Year:
                spec.YearRel = true;
                spec.YearOff = w.Value;
                if (ParseYearFollow(q, ref spec, w.SamePeriod, out int ye, out bool same))
                {
                    if (same)
                    {
                        return SamePeriod(ye, spec.Month > 0, out c);
                    }

                    c.Spec = spec;
                    c.End = ye;
                    return true;
                }

                if (w.NeedsFollow || !WordEnd(p))
                {
                    return false;
                }

                c.Spec = spec;
                c.End = p;
                return true;

            case WordKind.Month:
                if (w.Strict && !WordEnd(p))
                {
                    return false;
                }

                if (w.Contextual && _hasLast && _last.Granularity == DateGranularity.Month && _last.Start is { } lastMonth && WordEnd(p)
                    && !IsDigitAhead(q))
                {
                    // 10월 수출은 전월 대비 …: the month before the month just mentioned.
                    return DerivedPeriod(p, lastMonth, DateGranularity.Month, w.Value, true, out c);
                }

                spec.MonthRel = true;
                spec.MonthOff = w.Value;
                if (ParseMonthFollow(q, ref spec, out int me))
                {
                    c.Spec = spec;
                    c.End = me;
                    return true;
                }

                if (!WordEnd(p))
                {
                    return false;
                }

                c.Spec = spec;
                c.End = p;
                return true;

            case WordKind.Week:
                if (w.Strict && IsHangul(At(p)) && At(p) is not ('에' or '중' or '부' or '까' or '의'))
                {
                    return false;
                }

                spec.WeekRel = true;
                spec.WeekOff = w.Value;
                if (TryWeekdayWord(q, out int wd, out int we))
                {
                    spec.Weekday = wd;
                    c.Spec = spec;
                    c.End = we;
                    return true;
                }

                // 지난 주말, 이번주말, 다음 주말: the Saturday and Sunday of that Monday–Sunday week.
                if (At(p) == '말' && WordEnd(p + 1))
                {
                    spec.Weekend = true;
                    c.Spec = spec;
                    c.End = p + 1;
                    return true;
                }

                if (!WordEnd(p))
                {
                    return false;
                }

                c.Spec = spec;
                c.End = p;
                return true;

            case WordKind.Day:
                if (!WordEnd(p))
                {
                    return false;
                }

                spec.DayRel = true;
                spec.DayOff = w.Value;
                c.Spec = spec;
                c.End = p;
                return true;

            case WordKind.Direction:
                if (q == p && !char.IsAsciiDigit(At(p)))
                {
                    return false;
                }

                return ParseAfterDirection(q, (Direction)w.Value, out c);

            case WordKind.PastWindow:
            case WordKind.FutureWindow:
                return TryWindow(q, w.Kind == WordKind.PastWindow, out c);

            case WordKind.Half:
                spec.Half = w.Value;
                c.Spec = spec;
                c.End = p;
                return true;

            case WordKind.YearPart:
                if (!WordEnd(p))
                {
                    return false;
                }

                spec.YearPart = (YearPart)w.Value;
                c.Spec = spec;
                c.End = p;
                return true;

            case WordKind.MonthPart:
                if (!WordEnd(p))
                {
                    return false;
                }

                spec.MonthRel = true;
                spec.MonthPart = (MonthPart)w.Value;
                c.Spec = spec;
                c.End = p;
                return true;

            case WordKind.Weekday:
                spec.Weekday = w.Value;
                c.Spec = spec;
                c.End = p;
                return true;

            case WordKind.Quarter:
                if (!WordEnd(p))
                {
                    return false;
                }

                // 올 3분기 매출은 전 분기 대비 …: the quarter before the quarter just mentioned, else before the reference's.
                bool fromContext = w.Contextual && _hasLast && _last.Granularity == DateGranularity.Quarter;
                return DerivedPeriod(p, fromContext && _last.Start is { } lq ? lq : _ref, DateGranularity.Quarter, w.Value, fromContext, out c);

            case WordKind.Count:
                return TryRelative(w.Value, DateGranularity.Day, p, out c);

            default:
                return false;
        }
    }

    private bool SamePeriod(int end, bool month, out DateComponent c)
    {
        c = default;
        DateRange r = default;
        if (_hasLast)
        {
            if (!DateMath.TryShiftYear(_last, -1, out r))
            {
                return false;
            }
        }
        else
        {
            bool ok = month
                ? DateMath.TryShiftMonth(_ref.Year - 1, _ref.Month, 0, out int y, out int mo) && DateMath.TryMonth(y, mo, out r)
                : _o.SamePeriodFallback switch
                {
                    SamePeriodFallback.ReferenceQuarter => DateMath.TryMonths(_ref.Year - 1, ((_ref.Month - 1) / 3 * 3) + 1, ((_ref.Month - 1) / 3 * 3) + 3, DateGranularity.Quarter, out r),
                    SamePeriodFallback.ReferenceYear => DateMath.TryMonths(_ref.Year - 1, 1, 12, DateGranularity.Year, out r),
                    _ => Fail(out r),
                };
            if (!ok)
            {
                return false;
            }
        }

        c.Pre = true;
        c.PreRange = r;
        c.PreRelative = true;
        c.SamePeriod = true;
        c.End = end;
        return true;
    }

    /// <summary>A month or quarter <paramref name="offset"/> periods from the one containing <paramref name="baseDate"/>.</summary>
    private static bool DerivedPeriod(int end, DateOnly baseDate, DateGranularity unit, int offset, bool fromContext, out DateComponent c)
    {
        c = default;
        int months = unit == DateGranularity.Quarter ? 3 : 1;
        int first = unit == DateGranularity.Quarter ? ((baseDate.Month - 1) / 3 * 3) + 1 : baseDate.Month;
        if (!DateMath.TryShiftMonth(baseDate.Year, first, (long)offset * months, out int y, out int m)
            || !DateMath.TryMonths(y, m, m + months - 1, unit, out DateRange r))
        {
            return false;
        }

        c.Pre = true;
        c.PreRange = r;
        c.PreRelative = true;
        c.SamePeriod = fromContext;
        c.End = end;
        return true;
    }

    private readonly bool IsDigitAhead(int q) => char.IsAsciiDigit(At(q));

    private static bool Fail(out DateRange r)
    {
        r = default;
        return false;
    }

    private bool ParseAfterDirection(int q, Direction dir, out DateComponent c)
    {
        c = default;
        DateSpec spec = default;
        spec.Dir = dir;
        spec.HasDir = true;
        if (q >= _s.Length)
        {
            return false;
        }

        char ch = _s[q];
        if (char.IsAsciiDigit(ch))
        {
            if (dir == Direction.Past && TryWindow(q, true, out c))
            {
                return true;
            }

            return ParseNumber(q, spec, out c) && c.Kind == DateMentionKind.Date;
        }

        if (!DateWords.ByFirstChar.TryGetValue(ch, out DateWord[]? words))
        {
            return false;
        }

        foreach (DateWord w in words)
        {
            if (!StartsAt(q, w.Text))
            {
                continue;
            }

            int p = q + w.Text.Length;
            switch (w.Kind)
            {
                case WordKind.Half:
                    spec.Half = w.Value;
                    break;
                case WordKind.YearPart when WordEnd(p) && w.Value != (int)YearPart.Within:
                    spec.YearPart = (YearPart)w.Value;
                    break;
                case WordKind.Weekday:
                    spec.Weekday = w.Value;
                    break;
                default:
                    continue;
            }

            c.Spec = spec;
            c.End = p;
            return true;
        }

        return false;
    }

    /// <summary><c>지난 3일간</c>, <c>최근 3년 동안</c> (ending at the reference), <c>향후 5년간</c> (starting at it).</summary>
    private bool TryWindow(int q, bool past, out DateComponent c)
    {
        c = default;
        if (!ReadInt(q, 4, out int n, out int p) || n == 0)
        {
            return false;
        }

        DateGranularity unit;
        int u;
        if (At(p) == '일')
        {
            unit = DateGranularity.Day;
            u = p + 1;
        }
        else if (At(p) == '주')
        {
            unit = DateGranularity.Week;
            u = p + 1;
        }
        else if (StartsAt(p, "개월"))
        {
            unit = DateGranularity.Month;
            u = p + 2;
        }
        else if (At(p) == '년')
        {
            unit = DateGranularity.Year;
            u = p + 1;
        }
        else
        {
            return false;
        }

        int end;
        if (At(u) == '간')
        {
            end = u + 1;
        }
        else if (StartsAt(SkipWs(u), "동안"))
        {
            end = SkipWs(u) + 2;
        }
        else if (!past && StartsAt(SkipWs(u), "이내"))
        {
            end = SkipWs(u) + 2;
        }
        else if (!past && At(SkipWs(u)) == '내' && WordEnd(SkipWs(u) + 1))
        {
            end = SkipWs(u) + 1;
        }
        else
        {
            return false;
        }

        int sign = past ? -1 : 1;
        if (!AddUnits(_ref, unit, (long)sign * n, out DateOnly far) || !DateMath.TryAddDays(far, -sign, out far))
        {
            return false;
        }

        c.Pre = true;
        c.PreRelative = true;
        c.PreRange = past ? new DateRange(far, _ref, unit) : new DateRange(_ref, far, unit);
        c.Kind = DateMentionKind.Range;
        c.End = end;
        return true;
    }

    private static bool AddUnits(DateOnly d, DateGranularity unit, long n, out DateOnly r)
    {
        switch (unit)
        {
            case DateGranularity.Day:
                return DateMath.TryAddDays(d, n, out r);
            case DateGranularity.Week:
                return DateMath.TryAddDays(d, n * 7, out r);
            default:
                long months = unit == DateGranularity.Year ? n * 12 : n;
                if (DateMath.TryShiftMonth(d.Year, d.Month, months, out int y, out int m))
                {
                    r = new DateOnly(y, m, Math.Min(d.Day, DateTime.DaysInMonth(y, m)));
                    return true;
                }

                r = default;
                return false;
        }
    }

    private bool ParseApostropheYear(int i, out DateComponent c)
    {
        c = default;
        if (!ReadInt(i + 1, 2, out int yy, out int p) || p - i != 3 || At(p) != '년')
        {
            return false;
        }

        DateSpec spec = default;
        spec.Year = 2000 + yy > _ref.Year + 10 ? 1900 + yy : 2000 + yy;
        int end = p + 1;
        if (ParseYearFollow(SkipWs(end), ref spec, false, out int e, out _))
        {
            end = e;
        }

        c.Spec = spec;
        c.End = end;
        return true;
    }

    private bool ParseNumber(int i, DateSpec spec, out DateComponent c)
    {
        c = default;
        if (!ReadInt(i, 4, out int n, out int p))
        {
            return false;
        }

        int nd = p - i;
        bool yearCtx = spec.Year > 0 || spec.YearRel;
        bool monthCtx = spec.Month > 0 || spec.MonthRel;
        bool noCtx = !yearCtx && !monthCtx;

        if (noCtx && !spec.HasDir && (nd == 4 || nd == 2) && At(p) is '.' or '-' or '/')
        {
            return TryDelimited(n, nd, p, out c);
        }

        // Numeric range on one unit: 25~26일, 3~4월, 2021~2023년, 1~3분기.
        int rangeTo = 0;
        int u = p;
        int tq = SkipWs(p);
        if (tq < _s.Length && IsTilde(_s[tq]))
        {
            int r = SkipWs(tq + 1);
            if (ReadInt(r, 4, out int n2, out int e2) && (nd == 4) == (e2 - r == 4) && n2 > n)
            {
                rangeTo = n2;
                u = e2;
            }
            else
            {
                return false;
            }
        }

        char uc = At(u);
        switch (uc)
        {
            case '년':
                if (nd == 4 && rangeTo == 0 && At(u + 1) == '대' && n % 10 == 0 && noCtx && !spec.HasDir)
                {
                    if (!DateMath.TryMonths(n, 1, 12, DateGranularity.Year, out DateRange first)
                        || !DateMath.TryMonths(n + 9, 1, 12, DateGranularity.Year, out DateRange last))
                    {
                        return false;
                    }

                    c.Pre = true;
                    c.PreRange = new DateRange(first.Start, last.End, DateGranularity.Year);
                    c.End = u + 2;
                    return true;
                }

                if (nd == 4 && noCtx && n is >= 1000 and <= 2999)
                {
                    spec.Year = n;
                    spec.RangeTo = rangeTo;
                    int end = u + 1;
                    if (rangeTo == 0 && ParseYearFollow(SkipWs(end), ref spec, false, out int e, out _))
                    {
                        end = e;
                    }

                    c.Spec = spec;
                    c.End = end;
                    return true;
                }

                return nd < 4 && rangeTo == 0 && noCtx && !spec.HasDir && TryRelative(n, DateGranularity.Year, u + 1, out c);

            case '월':
                if (n is < 1 or > 12 || rangeTo > 12 || monthCtx || (nd > 2))
                {
                    return false;
                }

                if (At(u + 1) == '요' && At(u + 2) == '일')
                {
                    return false;
                }

                spec.Month = n;
                spec.RangeTo = rangeTo;
                {
                    int end = u + 1;
                    if (rangeTo == 0 && ParseMonthFollow(SkipWs(end), ref spec, out int e))
                    {
                        end = e;
                    }

                    c.Spec = spec;
                    c.End = end;
                    return true;
                }

            case '일':
                if (noCtx && !spec.HasDir && rangeTo == 0 && TryRelative(n, DateGranularity.Day, u + 1, out c))
                {
                    return true;
                }

                if (n is < 1 or > 31 || rangeTo > 31 || nd > 2 || (yearCtx && !monthCtx) || At(u + 1) is '간' or '째' or '물')
                {
                    return false;
                }

                if (n == 1 && noCtx && !spec.HasDir && StartsAt(SkipWs(u + 1), "평균"))
                {
                    return false; // 1일 평균 = per day
                }

                spec.Day = n;
                spec.RangeTo = rangeTo;
                c.Spec = spec;
                c.End = ParseWeekdayHint(u + 1, ref c.Spec);
                return true;

            case '주':
                return noCtx && !spec.HasDir && rangeTo == 0 && TryRelative(n, DateGranularity.Week, u + 1, out c);

            case '개':
                return At(u + 1) == '월' && noCtx && !spec.HasDir && rangeTo == 0 && TryRelative(n, DateGranularity.Month, u + 2, out c);

            case '분':
                if (At(u + 1) != '기' || n is < 1 or > 4 || rangeTo > 4 || monthCtx || nd > 1)
                {
                    return false;
                }

                if (noCtx && !spec.HasDir && rangeTo == 0 && IsDurationSuffix(u + 2, out int de))
                {
                    c.Kind = DateMentionKind.Duration;
                    c.Duration = new DateDuration(n, DateGranularity.Quarter);
                    c.End = de;
                    return true;
                }

                spec.Quarter = n;
                spec.RangeTo = rangeTo;
                c.Spec = spec;
                c.End = u + 2;
                return true;

            case 'Q':
                if (n is < 1 or > 4 || nd > 1 || rangeTo > 0 || monthCtx || char.IsAsciiLetter(At(u + 1)))
                {
                    return false;
                }

                spec.Quarter = n;
                {
                    int end = u + 1;
                    if (!yearCtx && ReadInt(u + 1, 2, out int yy, out int ye) && ye - u == 3 && !char.IsAsciiLetterOrDigit(At(ye)))
                    {
                        spec.Year = 2000 + yy;
                        end = ye;
                    }
                    else if (char.IsAsciiDigit(At(u + 1)))
                    {
                        return false;
                    }

                    c.Spec = spec;
                    c.End = end;
                    return true;
                }

            case '거':
                if (StartsAt(u, "거래일") && noCtx && !spec.HasDir && rangeTo == 0 && IsDurationSuffix(u + 3, out int te))
                {
                    c.Kind = DateMentionKind.Duration;
                    c.Duration = new DateDuration(n, DateGranularity.Day);
                    c.End = te;
                    return true;
                }

                return false;

            default:
                return false;
        }
    }

    private bool IsDurationSuffix(int p, out int end)
    {
        if (At(p) is '간' or '째')
        {
            end = p + 1;
            return true;
        }

        int q = SkipWs(p);
        if (StartsAt(q, "동안") || StartsAt(q, "연속") || StartsAt(q, "이내"))
        {
            end = q + 2;
            return true;
        }

        end = p;
        return false;
    }

    /// <summary><c>3일 전</c>, <c>2주 뒤</c>, <c>6개월 후</c>, <c>10년 만에</c>, and durations <c>3일간</c>, <c>5년 연속</c>.</summary>
    private bool TryRelative(int n, DateGranularity unit, int p, out DateComponent c)
    {
        c = default;
        if (IsDurationSuffix(p, out int de))
        {
            c.Kind = DateMentionKind.Duration;
            c.Duration = new DateDuration(n, unit);
            c.End = de;
            return true;
        }

        int q = SkipWs(p);
        int sign;
        int end;
        if (StartsAt(q, "만에") || StartsAt(q, "만의"))
        {
            sign = -1;
            end = q + 2;
        }
        else if (At(q) == '전' && JeonMeansBefore(q + 1))
        {
            sign = -1;
            end = q + 1;
        }
        else if (At(q) is '후' or '뒤' && WordEnd(q + 1))
        {
            sign = 1;
            end = q + 1;
        }
        else
        {
            return false;
        }

        DateSpec spec = default;
        long off = (long)sign * n;
        switch (unit)
        {
            case DateGranularity.Day:
                spec.DayRel = true;
                spec.DayOff = (int)off;
                break;
            case DateGranularity.Week:
                spec.WeekRel = true;
                spec.WeekOff = (int)off;
                break;
            case DateGranularity.Month:
                spec.MonthRel = true;
                spec.MonthOff = (int)off;
                spec.YearRel = true;
                break;
            default:
                spec.YearRel = true;
                spec.YearOff = (int)off;
                break;
        }

        c.Spec = spec;
        c.End = end;
        return true;
    }

    private readonly bool JeonMeansBefore(int p)
    {
        if (!WordEnd(p))
        {
            return false;
        }

        if (At(p) != ' ')
        {
            return true;
        }

        foreach (string w in DateWords.JeonPrefixWords)
        {
            if (StartsAt(p + 1, w) && WordEnd(p + 1 + w.Length))
            {
                return false;
            }
        }

        return true;
    }

    private bool TryDelimited(int n, int nd, int p, out DateComponent c)
    {
        c = default;
        char sep = _s[p];
        if (nd == 2 && sep != '.')
        {
            return false;
        }

        int a = p + 1;
        if (sep == '.' && At(a) == ' ')
        {
            a++;
        }

        if (!ReadInt(a, 2, out int m, out int pm) || At(pm) != sep)
        {
            return false;
        }

        int b = pm + 1;
        if (sep == '.' && At(b) == ' ')
        {
            b++;
        }

        if (!ReadInt(b, 2, out int d, out int pd))
        {
            return false;
        }

        if (char.IsAsciiLetterOrDigit(At(pd)) || (At(pd) == sep && char.IsAsciiDigit(At(pd + 1))))
        {
            return false;
        }

        int year = nd == 4 ? n : 2000 + n;
        if (year is < 1000 or > 2999 || !DateMath.TryDate(year, m, d, out _))
        {
            return false;
        }

        c.Spec.Year = year;
        c.Spec.Month = m;
        c.Spec.Day = d;
        c.End = ParseWeekdayHint(pd, ref c.Spec);
        return true;
    }

    private bool ParseYearFollow(int q, ref DateSpec spec, bool allowSame, out int end, out bool same)
    {
        end = q;
        same = false;
        if (q >= _s.Length)
        {
            return false;
        }

        char ch = _s[q];
        if (char.IsAsciiDigit(ch))
        {
            if (ParseNumber(q, spec, out DateComponent cc) && cc.Kind == DateMentionKind.Date && !cc.Pre
                && (cc.Spec.Month > 0 || cc.Spec.Quarter > 0))
            {
                spec = cc.Spec;
                end = cc.End;
                return true;
            }

            return false;
        }

        if (allowSame)
        {
            if (StartsAt(q, "동기") || StartsAt(q, "같은 기간") || StartsAt(q, "동분기"))
            {
                end = q + (StartsAt(q, "동기") ? 2 : StartsAt(q, "동분기") ? 3 : 5);
                if (At(end) == '간' && StartsAt(q, "동기"))
                {
                    end++;
                }

                same = true;
                return true;
            }

            if (StartsAt(q, "동월") || StartsAt(q, "같은 달"))
            {
                end = q + (StartsAt(q, "동월") ? 2 : 4);
                spec.Month = 1;
                same = true;
                return true;
            }
        }

        if (StartsAt(q, "상반기") || StartsAt(q, "하반기"))
        {
            spec.Half = ch == '상' ? 1 : 2;
            end = q + 3;
            return true;
        }

        if (ch == '연' && At(q + 1) is '초' or '중' or '말' or '내' && WordEnd(q + 2))
        {
            spec.YearPart = At(q + 1) switch
            {
                '초' => YearPart.Early,
                '중' => YearPart.Mid,
                '말' => YearPart.Late,
                _ => YearPart.Within,
            };
            end = q + 2;
            return true;
        }

        if (ch == '초')
        {
            int e = At(q + 1) == '반' ? q + 2 : q + 1;
            if (WordEnd(e) && At(e) != '대')
            {
                spec.YearPart = YearPart.Early;
                end = e;
                return true;
            }
        }

        if (ch == '말' && IsEndSuffix(q + 1))
        {
            spec.YearPart = YearPart.Late;
            end = q + 1;
            return true;
        }

        return false;
    }

    private readonly bool IsEndSuffix(int p) => WordEnd(p) && At(p) is not ('하' or '한' or '할' or '해' or '했' or '합' or '이');

    private bool ParseMonthFollow(int q, ref DateSpec spec, out int end)
    {
        end = q;
        if (q >= _s.Length)
        {
            return false;
        }

        char ch = _s[q];
        if (char.IsAsciiDigit(ch))
        {
            if (!ReadInt(q, 2, out int d, out int p))
            {
                return false;
            }

            int rangeTo = 0;
            int tq = SkipWs(p);
            if (tq < _s.Length && IsTilde(_s[tq]))
            {
                int r = SkipWs(tq + 1);
                if (ReadInt(r, 2, out int d2, out int e2) && d2 > d && At(e2) == '일')
                {
                    rangeTo = d2;
                    p = e2;
                }
            }

            if (At(p) != '일' || d is < 1 or > 31 || rangeTo > 31 || At(p + 1) is '간' or '째')
            {
                return false;
            }

            spec.Day = d;
            spec.RangeTo = rangeTo;
            end = ParseWeekdayHint(p + 1, ref spec);
            return true;
        }

        if (TryWeekOfMonth(q, out int week, out int weekEnd, out bool monthWeekend))
        {
            spec.MonthWeek = week;
            end = weekEnd;
            if (monthWeekend)
            {
                spec.MonthWeekend = true; // 11월 마지막 주말, 다음 달 둘째 주말
                return true;
            }

            int next = SkipWs(weekEnd);
            if (TryWeekdayWord(next, out int weekday, out int weekdayEnd))
            {
                spec.Weekday = weekday; // 다음 달 첫째 주 월요일
                end = weekdayEnd;
            }
            else if (At(next) == '주' && At(next + 1) == '말' && WordEnd(next + 2))
            {
                spec.Weekend = true; // 12월 첫째 주 주말: the Saturday and Sunday of that week
                end = next + 2;
            }

            return true;
        }

        MonthPart part = MonthPart.None;
        int e = q;
        if (StartsAt(q, "초순") || StartsAt(q, "상순") || StartsAt(q, "초반"))
        {
            part = MonthPart.Early;
            e = q + 2;
        }
        else if (StartsAt(q, "중순") || StartsAt(q, "중반"))
        {
            part = MonthPart.Mid;
            e = q + 2;
        }
        else if (StartsAt(q, "하순") || StartsAt(q, "후반"))
        {
            part = MonthPart.Late;
            e = q + 2;
        }
        else if (ch == '초' && WordEnd(q + 1) && At(q + 1) != '대')
        {
            part = MonthPart.Early;
            e = q + 1;
        }
        else if (ch == '말' && IsEndSuffix(q + 1))
        {
            part = MonthPart.Late;
            e = q + 1;
        }

        if (part == MonthPart.None)
        {
            return false;
        }

        spec.MonthPart = part;
        end = e;
        return true;
    }

    private static readonly (string Word, int Week)[] WeekOrdinals =
    [
        ("첫째", 1), ("첫", 1), ("둘째", 2), ("셋째", 3), ("넷째", 4), ("다섯째", 5), ("마지막", -1),
    ];

    /// <summary>
    /// 첫째 주, 둘째주, 마지막 주 after a month: the week number (−1 for the last) and the end; or 첫째 주말, 마지막 주말 (the
    /// month's N-th or last weekend, <paramref name="weekend"/>).
    /// </summary>
    private readonly bool TryWeekOfMonth(int q, out int week, out int end, out bool weekend)
    {
        week = 0;
        end = q;
        weekend = false;
        foreach ((string word, int n) in WeekOrdinals)
        {
            if (!StartsAt(q, word))
            {
                continue;
            }

            int p = q + word.Length;
            if (At(p) == ' ')
            {
                p++;
            }

            if (At(p) != '주')
            {
                continue;
            }

            if (WordEnd(p + 1) && At(p + 1) is not ('년' or '기' or '간' or '택' or '식' or '요'))
            {
                week = n;
                end = p + 1;
                return true;
            }

            if (At(p + 1) == '말' && WordEnd(p + 2))
            {
                week = n;
                end = p + 2;
                weekend = true;
                return true;
            }
        }

        return false;
    }

    private readonly int ParseWeekdayHint(int p, ref DateSpec spec)
    {
        if (At(p) != '(')
        {
            return p;
        }

        int wd = DateWords.WeekdayOf(At(p + 1));
        if (wd == 0)
        {
            return p;
        }

        if (At(p + 2) == ')')
        {
            spec.Weekday = wd;
            return p + 3;
        }

        if (StartsAt(p + 2, "요일)"))
        {
            spec.Weekday = wd;
            return p + 5;
        }

        return p;
    }

    private readonly bool TryWeekdayWord(int q, out int weekday, out int end)
    {
        weekday = DateWords.WeekdayOf(At(q));
        end = q + 3;
        return weekday > 0 && StartsAt(q + 1, "요일");
    }

    private readonly bool TryTime(int q, out TimeOnly time, out int end)
    {
        time = default;
        end = q;
        int p = q;
        int mode = 0; // 0 none, 1 am, 2 pm, 3 night
        if (StartsAt(p, "오전") || StartsAt(p, "새벽") || StartsAt(p, "아침"))
        {
            mode = 1;
            p = SkipWs(p + 2);
        }
        else if (StartsAt(p, "오후") || StartsAt(p, "저녁"))
        {
            mode = 2;
            p = SkipWs(p + 2);
        }
        else if (At(p) == '낮')
        {
            mode = 2;
            p = SkipWs(p + 1);
        }
        else if (At(p) == '밤')
        {
            mode = 3;
            p = SkipWs(p + 1);
        }

        if (!ReadInt(p, 2, out int h, out int e))
        {
            return false;
        }

        int minute = 0;
        if (At(e) == '시' && At(e + 1) != '간')
        {
            end = e + 1;
            int r = SkipWs(end);
            if (ReadInt(r, 2, out int mm, out int e2) && At(e2) == '분' && mm < 60)
            {
                minute = mm;
                end = e2 + 1;
            }
            else if (At(r) == '반' && WordEnd(r + 1))
            {
                minute = 30;
                end = r + 1;
            }
        }
        else if (At(e) == ':' && ReadInt(e + 1, 2, out int mm, out int e2) && e2 - e == 3 && mm < 60)
        {
            minute = mm;
            end = e2;
            if (At(e2) == ':' && ReadInt(e2 + 1, 2, out _, out int e3) && e3 - e2 == 3)
            {
                end = e3;
            }
        }
        else
        {
            return false;
        }

        if (mode == 2 && h < 12)
        {
            h += 12;
        }
        else if (mode == 3)
        {
            h = h == 12 ? 0 : h < 12 && h >= 6 ? h + 12 : h;
        }
        else if (mode == 1 && h == 12)
        {
            h = 0;
        }

        if (h == 24 && minute == 0)
        {
            h = 0;
        }

        if (h > 23)
        {
            end = q;
            return false;
        }

        time = new TimeOnly(h, minute);
        return true;
    }

    /// <summary>The direction a bare date takes from the tense of its clause, searched after <paramref name="from"/>.</summary>
    private Direction TenseAt(int from)
    {
        if (!_o.UseClauseTense)
        {
            return Direction.Nearest;
        }

        int j = from;
        if (_tHas && from >= _tFrom && from <= _tStop)
        {
            if (_tFinal)
            {
                return _tDir;
            }

            // The previous scan found no marker in [from, _tStop): continue where it stopped (keeps the scan linear).
            j = _tStop;
        }

        int len = _s.Length;
        int cap = (int)Math.Min(len, (long)from + _tenseWindow);
        Direction result = Direction.Nearest;
        for (; j < cap; j++)
        {
            char ch = _s[j];
            if (ch is '\n' or '!' or '?' || (ch == '.' && !char.IsAsciiDigit(At(j + 1))))
            {
                break;
            }

            if (!IsHangul(ch))
            {
                continue;
            }

            char n1 = At(j + 1);
            if (ch == '겠' || (ch == '예' && n1 == '정') || (ch == '계' && n1 == '획') || (ch == '방' && n1 == '침') || (ch == '전' && n1 == '망'))
            {
                result = Direction.Future;
                break;
            }

            int jong = DateWords.Jongseong(ch);
            if (jong == 20 && ch != '있')
            {
                result = Direction.Past;
                break;
            }

            if (jong == 4 && n1 == '다' && (!IsHangul(At(j + 2)) || At(j + 2) is '고' or '며' or '는'))
            {
                result = Direction.Future;
                break;
            }

            if (jong == 8 && n1 == ' ' && (StartsAt(j + 2, "것") || StartsAt(j + 2, "예정") || StartsAt(j + 2, "계획") || StartsAt(j + 2, "방침")))
            {
                result = Direction.Future;
                break;
            }

            if (n1 == ' ' && ch is '린' or '된' or '던' or '난' or '한' or '진')
            {
                result = Direction.Past;
                break;
            }
        }

        _tHas = true;
        _tFrom = from;
        _tStop = j;
        _tFinal = !(j >= cap && cap < len);
        _tDir = result;
        return result;
    }

    private readonly bool LeftOk(int i)
    {
        if (i == 0)
        {
            return true;
        }

        char p = _s[i - 1];
        char c = _s[i];
        if (char.IsAsciiDigit(c))
        {
            return !char.IsAsciiLetterOrDigit(p) && p is not ('.' or ',' or '~' or '-' or '/' or ':' or '\'' or '\u2019' or '_' or '+');
        }

        if (c is '\'' or '\u2018' or '\u2019')
        {
            return !char.IsAsciiLetterOrDigit(p);
        }

        return !IsHangul(p);
    }

    private readonly bool ReadInt(int i, int maxDigits, out int value, out int end)
    {
        value = 0;
        end = i;
        int len = _s.Length;
        while (end < len && char.IsAsciiDigit(_s[end]))
        {
            if (end - i == maxDigits)
            {
                return false;
            }

            value = (value * 10) + (_s[end] - '0');
            end++;
        }

        return end > i;
    }

    private readonly char At(int i) => (uint)i < (uint)_s.Length ? _s[i] : '\0';

    private readonly bool StartsAt(int i, string literal) => (uint)i <= (uint)_s.Length && _s[i..].StartsWith(literal, StringComparison.Ordinal);

    private readonly int SkipWs(int i)
    {
        int n = 0;
        while (n < MaxSpaces && i < _s.Length && _s[i] is ' ' or '\t')
        {
            i++;
            n++;
        }

        return i;
    }

    private readonly bool WordEnd(int i)
    {
        char c = At(i);
        return !IsHangul(c) || DateWords.ParticleStarts.Contains(c);
    }

    private static bool IsHangul(char c) => DateWords.IsHangul(c);

    private static bool IsTilde(char c) => c is '~' or '\u223C' or '\u301C' or '\uFF5E';
}
