namespace Ics2Port.Functions.Tests.Packaging;

/// <summary>
/// The subset of ASP.NET Core route templates the Functions host accepts in an httpTrigger's "route":
/// literal segments, <c>{name}</c>, <c>{name:constraint}</c>, a trailing optional <c>{name?}</c> and a
/// trailing catch-all <c>{*name}</c> (which also matches nothing).
/// </summary>
internal sealed class FunctionRouteTemplate
{
    private readonly IReadOnlyList<Segment> _segments;

    private FunctionRouteTemplate(IReadOnlyList<Segment> segments) => _segments = segments;

    public static FunctionRouteTemplate Parse(string template)
    {
        var parts = template.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var segments = parts.Select(ParseSegment).ToList();
        for (var i = 0; i < segments.Count - 1; i++)
        {
            if (segments[i].Kind is SegmentKind.Optional or SegmentKind.CatchAll)
            {
                throw new FormatException($"'{template}': only the last segment may be optional or catch-all.");
            }
        }

        return new FunctionRouteTemplate(segments);
    }

    public bool Matches(string path)
    {
        var parts = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < _segments.Count; i++)
        {
            var segment = _segments[i];
            switch (segment.Kind)
            {
                case SegmentKind.CatchAll:
                    return true;
                case SegmentKind.Optional:
                    return parts.Length == i || parts.Length == i + 1;
                case SegmentKind.Parameter when i >= parts.Length:
                    return false;
                case SegmentKind.Literal when i >= parts.Length || !string.Equals(parts[i], segment.Text, StringComparison.OrdinalIgnoreCase):
                    return false;
                default:
                    break;
            }
        }

        return parts.Length == _segments.Count;
    }

    private static Segment ParseSegment(string part)
    {
        if (!part.Contains('{', StringComparison.Ordinal) && !part.Contains('}', StringComparison.Ordinal))
        {
            return new Segment(SegmentKind.Literal, part);
        }

        if (!part.StartsWith('{') || !part.EndsWith('}') || part.Count(c => c == '{') != 1)
        {
            throw new FormatException($"Segment '{part}' mixes literals and parameters; not supported here.");
        }

        var name = part[1..^1];
        if (name.StartsWith('*'))
        {
            return new Segment(SegmentKind.CatchAll, name.TrimStart('*'));
        }

        return name.EndsWith('?')
            ? new Segment(SegmentKind.Optional, name.TrimEnd('?'))
            : new Segment(SegmentKind.Parameter, name.Split(':')[0]);
    }

    private enum SegmentKind
    {
        Literal,
        Parameter,
        Optional,
        CatchAll,
    }

    private sealed record Segment(SegmentKind Kind, string Text);
}
