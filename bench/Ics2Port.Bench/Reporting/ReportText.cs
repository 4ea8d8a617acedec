namespace Ics2Port.Bench.Reporting;

using System.Globalization;

/// <summary>A report as console lines.</summary>
internal static class ReportText
{
    public static void Write(BenchmarkReport report, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"{report.Title} ({report.Name}){(report.Succeeded ? string.Empty : " — NOT SOUND")}");
        output.WriteLine(report.Workload);
        foreach (var row in report.Comparisons)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {row.Measure,-40} {row.Measured,22}   vs {row.Baseline,18} ({row.BaselineName})   ratio {row.RatioText}"));
        }

        foreach (var note in report.Notes)
        {
            output.WriteLine($"  - {note}");
        }
    }
}
