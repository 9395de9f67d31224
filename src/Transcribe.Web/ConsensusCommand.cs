using System.Globalization;
using Transcribe.Core.Consensus;
using Transcribe.Core.Records;

namespace Transcribe.Web;

/// <summary>
/// `./transcribe consensus [--min 2] [--max 4] [--more-share 0.03] [--pages] [--day-first] &lt; in.jsonl &gt; out.jsonl`: the
/// engine on files, for evaluation and for other tools. One output line per input line, in order;
/// a bad line stops the run with its line number (no half-written guesses).
/// </summary>
public static class ConsensusCommand
{
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter errors)
    {
        ConsensusSettings settings;
        try
        {
            settings = new ConsensusSettings(
                MinTranscriptions: IntOption(args, "--min", 2),
                MaxTranscriptions: IntOption(args, "--max", 4),
                DateOrder: args.Contains("--day-first") ? DateOrder.DayMonthYear : DateOrder.MonthDayYear)
            {
                MoreWhenDisputedShare = DoubleOption(args, "--more-share", ConsensusSettings.DefaultMoreWhenDisputedShare),
            };
        }
        catch (FormatException e)
        {
            errors.WriteLine(e.Message);
            return 2;
        }
        if (settings.Problem is string problem)
        {
            errors.WriteLine(problem);
            return 2;
        }
        bool pages = args.Contains("--pages");
        int number = 0;
        for (string? line = input.ReadLine(); line is not null; line = input.ReadLine())
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                output.WriteLine(pages ? ConsensusJson.DecidePageLine(line, settings) : ConsensusJson.DecideCellLine(line, settings));
            }
            catch (FormatException e)
            {
                errors.WriteLine($"line {number}: {e.Message}");
                return 1;
            }
        }
        return 0;
    }

    static double DoubleOption(string[] args, string name, double fallback)
    {
        int at = Array.IndexOf(args, name);
        if (at < 0) return fallback;
        if (at + 1 >= args.Length || !double.TryParse(args[at + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            throw new FormatException($"{name} takes a number between 0 and 1.");
        return value;
    }

    static int IntOption(string[] args, string name, int fallback)
    {
        int at = Array.IndexOf(args, name);
        if (at < 0) return fallback;
        if (at + 1 >= args.Length || !int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int value))
            throw new FormatException($"{name} takes a whole number.");
        return value;
    }
}
