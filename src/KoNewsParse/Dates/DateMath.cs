namespace KoNewsParse.Dates;

/// <summary>Where a partially given date (no year) is looked for, relative to an anchor.</summary>
internal enum Direction : byte
{
    /// <summary>No direction given: the nearest candidate (one containing the anchor wins; ties go to the past).</summary>
    Nearest,

    /// <summary>The latest candidate starting on or before the anchor (<c>지난</c>, past tense).</summary>
    Past,

    /// <summary>The earliest candidate ending on or after the anchor (<c>오는</c>, future tense).</summary>
    Future,

    /// <summary>The latest candidate ending strictly before the anchor (<c>앞선</c>).</summary>
    StrictPast,
}

internal enum YearPart : byte
{
    None,
    Early,
    Mid,
    Late,
    Within,
}

internal enum MonthPart : byte
{
    None,
    Early,
    Mid,
    Late,
}

/// <summary>A parsed but not yet resolved date expression.</summary>
internal struct DateSpec
{
    public int Year;
    public bool YearRel;
    public int YearOff;
    public int Month;
    public bool MonthRel;
    public int MonthOff;
    public int Day;
    public bool DayRel;
    public int DayOff;
    public bool WeekRel;
    public int WeekOff;

    /// <summary>The Saturday and Sunday of the relative week (<c>지난 주말</c>).</summary>
    public bool Weekend;

    /// <summary>The week of the month (<c>12월 둘째 주</c>): 1–5, −1 for the last, 0 when none.</summary>
    public int MonthWeek;

    /// <summary><see cref="MonthWeek"/> counts the month's weekends instead (<c>11월 마지막 주말</c>, <c>둘째 주말</c>).</summary>
    public bool MonthWeekend;
    public int Quarter;
    public int Half;
    public YearPart YearPart;
    public MonthPart MonthPart;

    /// <summary>0 when none, else <see cref="DayOfWeek"/> + 1.</summary>
    public int Weekday;
    public Direction Dir;
    public bool HasDir;

    /// <summary>Upper value of a numeric range on the finest unit (<c>25~26일</c>), 0 when none.</summary>
    public int RangeTo;

    public readonly bool IsPartial => Year == 0 && !YearRel && !MonthRel && !DayRel && !WeekRel;

    public readonly bool IsRelative => Year == 0;

    /// <summary>The spec of the upper end of a numeric range (<c>25~26일</c> → <c>26일</c>).</summary>
    public readonly DateSpec UpperEnd()
    {
        DateSpec s = this;
        s.RangeTo = 0;
        s.Weekday = 0;
        if (Day > 0)
        {
            s.Day = RangeTo;
        }
        else if (Month > 0)
        {
            s.Month = RangeTo;
        }
        else if (Quarter > 0)
        {
            s.Quarter = RangeTo;
        }
        else if (Year > 0)
        {
            s.Year = RangeTo;
        }

        return s;
    }
}

/// <summary>Overflow-safe calendar arithmetic and spec resolution. Nothing here throws.</summary>
internal static class DateMath
{
    private const int MinYear = 1;
    private const int MaxYear = 9999;

    public static bool TryDate(int y, int m, int d, out DateOnly date)
    {
        if (y < MinYear || y > MaxYear || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            date = default;
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    public static bool TryAddDays(DateOnly d, long days, out DateOnly result)
    {
        long n = d.DayNumber + days;
        if (n < DateOnly.MinValue.DayNumber || n > DateOnly.MaxValue.DayNumber)
        {
            result = default;
            return false;
        }

        result = DateOnly.FromDayNumber((int)n);
        return true;
    }

    public static bool TryShiftMonth(int y, int m, long offset, out int ny, out int nm)
    {
        long idx = (y * 12L) + (m - 1) + offset;
        long yy = idx >= 0 ? idx / 12 : -1;
        ny = (int)Math.Clamp(yy, -1, int.MaxValue);
        nm = (int)(idx - (yy * 12)) + 1;
        return yy >= MinYear && yy <= MaxYear;
    }

    public static bool TryMonth(int y, int m, out DateRange r)
    {
        if (TryDate(y, m, 1, out DateOnly s) && TryDate(y, m, DateTime.DaysInMonth(y, m), out DateOnly e))
        {
            r = new DateRange(s, e, DateGranularity.Month);
            return true;
        }

        r = default;
        return false;
    }

    public static bool TryMonths(int y, int firstMonth, int lastMonth, DateGranularity g, out DateRange r)
    {
        if (y >= MinYear && y <= MaxYear && firstMonth >= 1 && lastMonth <= 12 && firstMonth <= lastMonth)
        {
            r = new DateRange(new DateOnly(y, firstMonth, 1), new DateOnly(y, lastMonth, DateTime.DaysInMonth(y, lastMonth)), g);
            return true;
        }

        r = default;
        return false;
    }

    /// <summary>The Monday of the week containing <paramref name="d"/> (day number 0, 0001-01-01, is a Monday, so this never underflows).</summary>
    public static DateOnly Monday(DateOnly d) => DateOnly.FromDayNumber(d.DayNumber - (((int)d.DayOfWeek + 6) % 7));

    /// <summary>
    /// The Monday of the Monday–Sunday week number <paramref name="week"/> of a month (−1: the last), counted as in
    /// KS X ISO 8601: a week belongs to the month that holds its Thursday, so the first week is the one holding the month's
    /// first Thursday.
    /// </summary>
    public static bool TryWeekOfMonth(int year, int month, int week, out DateOnly monday)
    {
        monday = default;
        return TryNthWeekdayOfMonth(year, month, DayOfWeek.Thursday, week, out DateOnly thursday) && TryAddDays(thursday, -3, out monday);
    }

    /// <summary>
    /// The <paramref name="weekend"/>-th weekend of a month (−1: the last), counted by its Saturdays: the first weekend is
    /// the one whose Saturday is the month's first Saturday (its Sunday may fall in the next month for the last one).
    /// </summary>
    public static bool TryWeekendOfMonth(int year, int month, int weekend, out DateRange r)
    {
        r = default;
        if (!TryNthWeekdayOfMonth(year, month, DayOfWeek.Saturday, weekend, out DateOnly saturday) || !TryAddDays(saturday, 1, out DateOnly sunday))
        {
            return false;
        }

        r = new DateRange(saturday, sunday, DateGranularity.Day);
        return true;
    }

    /// <summary>The <paramref name="n"/>-th <paramref name="day"/> of a month (−1: the last); false when the month has fewer.</summary>
    private static bool TryNthWeekdayOfMonth(int year, int month, DayOfWeek day, int n, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12)
        {
            return false;
        }

        var first = new DateOnly(year, month, 1);
        DateOnly firstDay = first.AddDays(((int)day - (int)first.DayOfWeek + 7) % 7);
        int count = ((DateTime.DaysInMonth(year, month) - firstDay.Day) / 7) + 1;
        int k = n == -1 ? count : n;
        return k >= 1 && k <= count && TryAddDays(firstDay, 7L * (k - 1), out date);
    }

    /// <summary>Within the week of <paramref name="monday"/>: its weekend, the spec's weekday, or the whole week.</summary>
    private static bool TryWithinWeek(in DateSpec s, DateOnly monday, out DateRange r)
    {
        r = default;
        if (s.Weekend)
        {
            if (!TryAddDays(monday, 5, out DateOnly saturday) || !TryAddDays(monday, 6, out DateOnly sunday))
            {
                return false;
            }

            r = new DateRange(saturday, sunday, DateGranularity.Day);
            return true;
        }

        if (s.Weekday > 0)
        {
            if (!TryAddDays(monday, (s.Weekday + 5) % 7, out DateOnly d))
            {
                return false;
            }

            r = new DateRange(d, d, DateGranularity.Day);
            return true;
        }

        return TryWeek(monday, out r);
    }

    public static bool TryWeek(DateOnly monday, out DateRange r)
    {
        if (TryAddDays(monday, 6, out DateOnly sunday))
        {
            r = new DateRange(monday, sunday, DateGranularity.Week);
            return true;
        }

        r = default;
        return false;
    }

    /// <summary>The same period one year earlier; month ends stay month ends (Feb 29 → Feb 28, Feb 28 of a leap year → Feb 29 only when it was a month end).</summary>
    public static bool TryShiftYear(DateRange r, int years, out DateRange shifted)
    {
        shifted = default;
        DateOnly? s = null;
        DateOnly? e = null;
        if (r.Start is { } a)
        {
            int y = a.Year + years;
            if (y < MinYear || y > MaxYear)
            {
                return false;
            }

            s = new DateOnly(y, a.Month, Math.Min(a.Day, DateTime.DaysInMonth(y, a.Month)));
        }

        if (r.End is { } b)
        {
            int y = b.Year + years;
            if (y < MinYear || y > MaxYear)
            {
                return false;
            }

            int dim = DateTime.DaysInMonth(y, b.Month);
            int day = b.Day == DateTime.DaysInMonth(b.Year, b.Month) ? dim : Math.Min(b.Day, dim);
            e = new DateOnly(y, b.Month, day);
        }

        shifted = new DateRange(s, e, r.Granularity);
        return true;
    }

    /// <summary>Resolves a spec against an anchor date.</summary>
    public static bool TryResolve(in DateSpec s, DateOnly anchor, Direction dir, out DateRange r)
    {
        r = default;
        if (s.DayRel)
        {
            if (!TryAddDays(anchor, s.DayOff, out DateOnly d))
            {
                return false;
            }

            r = new DateRange(d, d, DateGranularity.Day);
            return true;
        }

        if (s.WeekRel)
        {
            if (!TryAddDays(Monday(anchor), s.WeekOff * 7L, out DateOnly monday))
            {
                return false;
            }

            return TryWithinWeek(s, monday, out r);
        }

        if (s.MonthRel)
        {
            int baseYear = s.Year > 0 ? s.Year : s.YearRel ? anchor.Year + s.YearOff : anchor.Year;
            return TryShiftMonth(baseYear, anchor.Month, s.MonthOff, out int y, out int m) && TryBuild(s, y, m, anchor, out r);
        }

        if (s.Year > 0 || s.YearRel)
        {
            long y = s.Year > 0 ? s.Year : (long)anchor.Year + s.YearOff;
            return y >= MinYear && y <= MaxYear && TryBuild(s, (int)y, s.Month, anchor, out r);
        }

        // No year: search candidates around the anchor.
        int unit; // 0 = months (day only), 1 = years, 2 = weeks
        if (s.Month == 0 && s.Day > 0)
        {
            unit = 0;
        }
        else if (s.Month > 0 || s.Quarter > 0 || s.Half > 0 || s.YearPart != YearPart.None)
        {
            unit = 1;
        }
        else if (s.Weekday > 0)
        {
            unit = 2;
        }
        else
        {
            return false;
        }

        if (unit == 1 && dir == Direction.Nearest && s.Month == 0 && s.Quarter == 0 && s.Half == 0)
        {
            // 연초/연중/연말 without a year or tense mean the reference year (연초 대비 = since the start of this year).
            return TryBuild(s, anchor.Year, 0, anchor, out r);
        }

        if (s.Weekday > 0 && unit != 2)
        {
            // A weekday suffix (25일(목)) picks the candidate that falls on it, when one does.
            if (Search(s, anchor, dir, unit, true, out r))
            {
                return true;
            }
        }

        return Search(s, anchor, dir, unit, false, out r);
    }

    private static bool Search(in DateSpec s, DateOnly anchor, Direction dir, int unit, bool weekday, out DateRange r)
    {
        // Candidates are ordered by cycle index and never overlap, so each direction is found by walking outward from
        // the anchor's own cycle; Feb 29 needs up to 8 years, everything else at most 13 months.
        int span = unit == 1 && s.Month == 2 && s.Day == 29 ? 12 : 14;
        DateOnly monday = Monday(anchor);
        bool havePast = false, haveFuture = false;
        DateRange past = default, future = default;
        if (dir is Direction.Past or Direction.Nearest)
        {
            for (int c = 0; c >= -span; c--)
            {
                if (Candidate(s, anchor, monday, unit, weekday, c, out DateRange cand) && cand.Start <= anchor)
                {
                    past = cand;
                    havePast = true;
                    break;
                }
            }
        }

        if (dir is Direction.Future or Direction.Nearest)
        {
            for (int c = 0; c <= span; c++)
            {
                if (Candidate(s, anchor, monday, unit, weekday, c, out DateRange cand) && cand.End >= anchor)
                {
                    future = cand;
                    haveFuture = true;
                    break;
                }
            }
        }

        switch (dir)
        {
            case Direction.Past:
                r = past;
                return havePast;
            case Direction.Future:
                r = future;
                return haveFuture;
            case Direction.StrictPast:
                for (int c = 0; c >= -span; c--)
                {
                    if (Candidate(s, anchor, monday, unit, weekday, c, out DateRange cand) && cand.End < anchor)
                    {
                        r = cand;
                        return true;
                    }
                }

                r = default;
                return false;
            default:
                if (havePast && (past.End >= anchor || !haveFuture))
                {
                    r = past;
                    return true;
                }

                if (!haveFuture)
                {
                    r = default;
                    return false;
                }

                if (!havePast)
                {
                    r = future;
                    return true;
                }

                int dPast = anchor.DayNumber - past.End!.Value.DayNumber;
                int dFuture = future.Start!.Value.DayNumber - anchor.DayNumber;
                r = dFuture < dPast ? future : past;
                return true;
        }
    }

    private static bool Candidate(in DateSpec s, DateOnly anchor, DateOnly monday, int unit, bool weekday, int c, out DateRange cand)
    {
        cand = default;
        bool ok;
        switch (unit)
        {
            case 0:
                ok = TryShiftMonth(anchor.Year, anchor.Month, c, out int y, out int m) && TryBuild(s, y, m, anchor, out cand);
                break;
            case 1:
                ok = TryBuild(s, anchor.Year + c, s.Month, anchor, out cand);
                break;
            default:
                ok = TryAddDays(monday, (c * 7L) + ((s.Weekday + 5) % 7), out DateOnly d);
                cand = new DateRange(d, d, DateGranularity.Day);
                break;
        }

        return ok && cand.Start is { } cs && cand.End is not null && (!weekday || (int)cs.DayOfWeek + 1 == s.Weekday);
    }

    private static bool TryBuild(in DateSpec s, int y, int m, DateOnly anchor, out DateRange r)
    {
        r = default;
        if (y < MinYear || y > MaxYear)
        {
            return false;
        }

        if (m > 0)
        {
            if (s.Day > 0)
            {
                if (!TryDate(y, m, s.Day, out DateOnly d))
                {
                    return false;
                }

                r = new DateRange(d, d, DateGranularity.Day);
                return true;
            }

            if (s.MonthWeek != 0)
            {
                r = default;
                return s.MonthWeekend
                    ? TryWeekendOfMonth(y, m, s.MonthWeek, out r)
                    : TryWeekOfMonth(y, m, s.MonthWeek, out DateOnly monday) && TryWithinWeek(s, monday, out r);
            }

            if (s.MonthPart != MonthPart.None)
            {
                int dim = DateTime.DaysInMonth(y, m);
                (int a, int b) = s.MonthPart switch
                {
                    MonthPart.Early => (1, 10),
                    MonthPart.Mid => (11, 20),
                    _ => (21, dim),
                };
                r = new DateRange(new DateOnly(y, m, a), new DateOnly(y, m, b), DateGranularity.Month);
                return true;
            }

            return TryMonth(y, m, out r);
        }

        if (s.Day > 0)
        {
            return false;
        }

        if (s.Quarter > 0)
        {
            return s.Quarter <= 4 && TryMonths(y, (s.Quarter * 3) - 2, s.Quarter * 3, DateGranularity.Quarter, out r);
        }

        if (s.Half > 0)
        {
            return s.Half <= 2 && TryMonths(y, s.Half == 1 ? 1 : 7, s.Half == 1 ? 6 : 12, DateGranularity.Half, out r);
        }

        switch (s.YearPart)
        {
            case YearPart.Early:
                return TryMonths(y, 1, 3, DateGranularity.Year, out r);
            case YearPart.Late:
                return TryMonths(y, 10, 12, DateGranularity.Year, out r);
            case YearPart.Within:
                if (!TryMonths(y, 1, 12, DateGranularity.Year, out r))
                {
                    return false;
                }

                if (y == anchor.Year)
                {
                    r = r with { Start = anchor };
                }

                return true;
            default:
                return TryMonths(y, 1, 12, DateGranularity.Year, out r);
        }
    }
}
