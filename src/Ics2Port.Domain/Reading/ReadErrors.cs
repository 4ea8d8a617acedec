namespace Ics2Port.Domain.Reading;

using System.Globalization;
using Ics2Port.Domain.Common;

/// <summary>The format errors of one read, all under one rule; past a limit they are counted, not listed.</summary>
internal sealed class ReadErrors(string rule, int limit = ReadErrors.DefaultLimit)
{
    /// <summary>Enough to fix a file by; a file with a wrong column in every one of 100,000 rows need not say so 100,000 times.</summary>
    public const int DefaultLimit = 1000;

    private readonly List<Finding> findings = [];
    private int unlisted;

    public bool Any => findings.Count > 0;

    public void Add(string pointer, string message) => Add(pointer, message, rule);

    /// <summary>Adds a finding under another rule than the read's own, e.g. FORMAT-VALUE for a number out of range.</summary>
    public void Add(string pointer, string message, string findingRule)
    {
        if (findings.Count < limit)
        {
            findings.Add(new Finding(pointer, findingRule, message));
        }
        else
        {
            unlisted++;
        }
    }

    public IReadOnlyList<Finding> ToList() => unlisted == 0
        ? findings
        : [.. findings, new Finding(string.Empty, rule, string.Create(CultureInfo.InvariantCulture, $"{unlisted} more errors are not listed."))];
}
