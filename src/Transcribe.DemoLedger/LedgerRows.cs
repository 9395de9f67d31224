using System.Globalization;

namespace Transcribe.DemoLedger;

/// <summary>
/// Writes the rows of a demo locality ledger the way a register filled up: collecting trips of one to
/// six localities, entered in number order, each trip in one clerk's habits (date style, spellings).
/// Pure and deterministic: the same seed gives the same ledger on every machine and .NET version.
/// </summary>
public static class LedgerRows
{
    public const int MinRowsPerPage = 15;
    public const int MaxRowsPerPage = 25;

    public static IReadOnlyList<LedgerPage> Generate(int seed, int pageCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pageCount);
        var random = new Prng(seed, "ledger-rows");
        var register = new Register(random);
        // Odd folios on the first page, as on a book's right-hand pages; the renderer puts the gutter accordingly.
        var firstFolio = ((register.FirstNumber - 1000) / 20 + random.Next(1, 6)) | 1;
        var pages = new List<LedgerPage>(pageCount);
        for (var sequence = 1; sequence <= pageCount; sequence++)
        {
            var count = random.Next(MinRowsPerPage, MaxRowsPerPage + 1);
            var rows = Enumerable.Range(0, count).Select(_ => register.NextRow()).ToArray();
            pages.Add(new LedgerPage(sequence, $"p. {firstFolio + sequence - 1}", rows));
        }
        return pages;
    }

    private enum DateStyle { MonthDayYear, MonthYear, SeasonSpan, Numeric, SeasonYear, YearOnly, DayRange, DayMonthYear, ShortMonthYear }

    private static readonly (DateStyle Item, double Weight)[] DateStyles =
    [
        (DateStyle.MonthDayYear, 4), (DateStyle.MonthYear, 2), (DateStyle.SeasonSpan, 0.5), (DateStyle.Numeric, 1.5), (DateStyle.SeasonYear, 0.6),
        (DateStyle.YearOnly, 0.8), (DateStyle.DayRange, 0.8), (DateStyle.DayMonthYear, 0.6), (DateStyle.ShortMonthYear, 1.5),
    ];

    /// <summary>One field trip: who, where, when, and how this clerk wrote it down.</summary>
    private sealed class Trip
    {
        public required string CollectorText { get; init; }
        public required Region Region { get; init; }
        public required District District { get; init; }
        public required Town Home { get; init; }
        public required Stratum[] Strata { get; init; }
        public required DateStyle DateStyle { get; init; }
        public required bool TwoDigitYears { get; init; }
        public required int SpellingPreference { get; init; }
        public required bool AbbreviatesAges { get; init; }
        public required int Year { get; init; }
        public int Month { get; set; }
        public int Day { get; set; }
        public int RowsLeft { get; set; }
        public List<string> Numbers { get; } = [];
    }

    private sealed class Register(Prng random)
    {
        private int _yearCursor = 1898 + random.Next(0, 16);
        private int _lastBase = -1;
        private char _lastSuffix;
        private Trip? _trip;

        public int FirstNumber { get; } = 2000 + random.Next(0, 3000);

        public LedgerRow NextRow()
        {
            if (_trip is null || _trip.RowsLeft == 0) _trip = NewTrip();
            var trip = _trip;
            var firstOfTrip = trip.Numbers.Count == 0;
            trip.RowsLeft--;

            var number = NextNumber(allowSuffix: !firstOfTrip);
            var town = random.Chance(0.7) ? trip.Home : random.Pick(trip.District.Towns);
            var stratum = random.Pick(trip.Strata);
            if (!firstOfTrip) AdvanceDate(trip);
            var row = new LedgerRow(
                number,
                trip.CollectorText,
                FormatDate(trip),
                Locality(trip, town),
                Formation(trip, stratum),
                trip.AbbreviatesAges ? AbbreviateAge(stratum.Age) : stratum.Age,
                Remark(trip, town, stratum));
            trip.Numbers.Add(number);
            return row;
        }

        private string NextNumber(bool allowSuffix)
        {
            // Sub-localities of a trip get a letter after the number they belong to: 4187, 4187a, 4187b.
            if (allowSuffix && _lastBase >= 0 && _lastSuffix < 'c' && random.Chance(0.08))
            {
                _lastSuffix = _lastSuffix == default ? 'a' : (char)(_lastSuffix + 1);
                return $"{_lastBase}{_lastSuffix}";
            }
            // Now and then a number was reserved and never used.
            _lastBase = _lastBase < 0 ? FirstNumber : _lastBase + (random.Chance(0.06) ? random.Next(2, 4) : 1);
            _lastSuffix = default;
            return _lastBase.ToString(CultureInfo.InvariantCulture);
        }

        private Trip NewTrip()
        {
            if (random.Chance(0.3)) _yearCursor = Math.Min(1950, _yearCursor + 1);
            // Localities were often registered a season or two after the trip.
            var year = _yearCursor - random.Pick<int>([(0, 0.7), (1, 0.2), (2, 0.1)]);
            var active = Vocabulary.Collectors.Where(c => c.FirstYear <= year && year <= c.LastYear).ToArray();
            var collector = random.Pick(active.Length > 0 ? active : Vocabulary.Collectors);
            var districts = Gazetteer.Regions
                .SelectMany(r => r.Districts.Where(d => d.Strata.Any(collector.CollectsIn)).Select(d => (Region: r, District: d)))
                .ToArray();
            var (region, district) = random.Pick(districts);
            var fitting = district.Strata.Where(collector.CollectsIn).ToArray();
            var strata = fitting.Where(_ => random.Chance(0.6)).Take(3).ToArray();
            return new Trip
            {
                CollectorText = CollectorText(collector, year),
                Region = region,
                District = district,
                Home = random.Pick(district.Towns),
                Strata = strata.Length > 0 ? strata : [random.Pick(fitting)],
                DateStyle = random.Pick(DateStyles),
                TwoDigitYears = random.Chance(0.3),
                SpellingPreference = random.Next(3),
                AbbreviatesAges = random.Chance(0.2),
                Year = year,
                Month = random.Pick(Vocabulary.FieldMonths),
                Day = random.Next(1, 25),
                RowsLeft = random.Pick<int>([(1, 2), (2, 3), (3, 3), (4, 2), (5, 1.5), (6, 1)]),
            };
        }

        private string CollectorText(Collector collector, int year)
        {
            var roll = random.NextDouble();
            if (roll < 0.12)
            {
                var partners = Vocabulary.Collectors
                    .Where(c => collector.Partners?.Contains(c.Surname) == true && c.FirstYear <= year && year <= c.LastYear)
                    .ToArray();
                if (partners.Length > 0) return $"{collector.Surname} & {random.Pick(partners).Surname}";
            }
            if (roll < 0.17) return $"{collector.Name} & party";
            if (roll < 0.25) return collector.Surname;
            return collector.Name;
        }

        private void AdvanceDate(Trip trip)
        {
            trip.Day += random.Next(0, 6);
            if (trip.Day <= 28) return;
            trip.Day -= 27;
            trip.Month = Math.Min(12, trip.Month + 1);
        }

        private string FormatDate(Trip trip)
        {
            var (year, month, day) = (trip.Year, trip.Month, trip.Day);
            var abbreviated = Vocabulary.MonthAbbreviations[month - 1];
            return trip.DateStyle switch
            {
                DateStyle.MonthDayYear => $"{abbreviated} {day}, {year}",
                DateStyle.MonthYear => $"{Vocabulary.MonthNames[month - 1]} {year}",
                DateStyle.ShortMonthYear => $"{abbreviated} {year}",
                DateStyle.SeasonSpan => $"{year}-{(year + 1) % 100:00}",
                DateStyle.Numeric => $"{month}/{day}/{(trip.TwoDigitYears ? (year % 100).ToString("00", CultureInfo.InvariantCulture) : year)}",
                DateStyle.SeasonYear => $"{Season(month)} {year}",
                DateStyle.YearOnly => year.ToString(CultureInfo.InvariantCulture),
                DateStyle.DayRange => $"{abbreviated} {day}-{day + random.Next(1, 9)}, {year}",
                DateStyle.DayMonthYear => $"{day} {Vocabulary.MonthNames[month - 1]} {year}",
                _ => throw new InvalidOperationException($"No format for {trip.DateStyle}."),
            };
        }

        private static string Season(int month) => month switch
        {
            >= 3 and <= 5 => "Spring",
            >= 6 and <= 8 => "Summer",
            >= 9 and <= 11 => "Fall",
            _ => "Winter",
        };

        private string Locality(Trip trip, Town town)
        {
            var state = trip.Region.State;
            var county = town.County is null ? "" : $"{town.County} Co., ";
            var distance = $"{random.Pick(Vocabulary.Distances)} mi. {random.Pick(Vocabulary.Directions)} of {town.Name}";
            var western = trip.Region.RectangularSurvey;
            var feature = western && random.Chance(0.3)
                ? $"{random.Pick(Gazetteer.FeatureStems)} {random.Pick(Gazetteer.FeatureKinds)}"
                : random.Pick(trip.District.Features);
            var pattern = random.Pick<int>([(0, 4), (1, 3), (2, 2), (3, western ? 2 : 0), (4, 1), (5, western ? 1 : 0), (6, western ? 1.5 : 0), (7, 1)]);
            // "Lance Creek, 5 mi. E of Lance Creek" reads like a clerk's slip; say it from the town instead.
            if (pattern == 1 && feature == town.Name) pattern = 0;
            return pattern switch
            {
                0 => $"{distance}, {county}{state}",
                1 => $"{feature}, {distance}, {state}",
                2 => $"{feature}, {county}{state}",
                3 => $"Sec. {random.Next(1, 37)}, T. {random.Next(1, 40)} {(random.Chance(0.85) ? "N." : "S.")}, "
                     + $"R. {random.Next(1, 100)} {(random.Chance(0.75) ? "W." : "E.")}, {county}{state}",
                4 => $"Near {town.Name}, {state}",
                5 => $"{random.Pick(Gazetteer.Ranchers)} ranch, {distance}, {state}",
                6 => $"Head of {random.Pick(Gazetteer.FeatureStems)} Creek, {county}{state}",
                _ => $"{town.Name}, {county}{state}",
            };
        }

        private string Formation(Trip trip, Stratum stratum)
        {
            var index = random.Chance(0.8) ? Math.Min(trip.SpellingPreference, stratum.Spellings.Length - 1) : random.Next(stratum.Spellings.Length);
            var spelling = stratum.Spellings[index];
            return random.Chance(0.03) ? $"{spelling}?" : spelling;
        }

        private static string AbbreviateAge(string age) =>
            age.Replace("Upper ", "Up. ", StringComparison.Ordinal)
               .Replace("Lower ", "L. ", StringComparison.Ordinal)
               .Replace("Middle ", "Mid. ", StringComparison.Ordinal);

        private string Remark(Trip trip, Town town, Stratum stratum)
        {
            if (random.Chance(0.55)) return "";
            var roll = random.NextDouble();
            if (roll < 0.18 && trip.Numbers.Count > 0) return $"see also {random.Pick(trip.Numbers)}";
            if (roll < 0.30) return Coordinates(town);
            if (roll < 0.37) return $"U.S.G.S. loc. {random.Next(1000, 9999)}";
            if (roll < 0.42) return $"Acc. {random.Next(40000, 140000)}";
            if (roll < 0.75 && ReferenceEquals(stratum, trip.District.Strata[0])) return random.Pick(trip.District.Remarks);
            var byAge = Vocabulary.RemarksByAge.FirstOrDefault(r => stratum.Age.Contains(r.Age, StringComparison.Ordinal)).Remarks;
            return byAge is not null && random.Chance(0.6) ? random.Pick(byAge) : random.Pick(Vocabulary.GeneralRemarks);
        }

        private string Coordinates(Town town)
        {
            // Within a few miles of the town, written in degrees and minutes as a field party would.
            var latitude = town.Latitude + random.Range(-0.12, 0.12);
            var longitude = town.Longitude + random.Range(-0.15, 0.15);
            return $"lat. {DegreesMinutes(latitude)}{(latitude >= 0 ? 'N' : 'S')} long. {DegreesMinutes(longitude)}{(longitude >= 0 ? 'E' : 'W')}";
        }

        private static string DegreesMinutes(double value)
        {
            var totalMinutes = (int)Math.Round(Math.Abs(value) * 60);
            return $"{totalMinutes / 60}°{totalMinutes % 60:00}'";
        }
    }
}
