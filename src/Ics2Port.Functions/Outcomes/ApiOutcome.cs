namespace Ics2Port.Functions.Outcomes;

using Ics2Port.Functions.Problems;

/// <summary>
/// What a use case answers, independent of how it was asked: over HTTP it becomes the response, for a
/// dropped file it is written as the result file. <see cref="Body"/> is a receipt or view, an
/// <see cref="ApiProblem"/>, or <see cref="RawContent"/>.
/// </summary>
public sealed record ApiOutcome(int Status, object? Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    public static ApiOutcome Ok(object body) => new(StatusCodes.Status200OK, body);

    public static ApiOutcome Created(object body, string location) =>
        new(StatusCodes.Status201Created, body, new Dictionary<string, string> { ["Location"] = location });

    public ApiOutcome WithHeader(string name, string value) =>
        this with { Headers = new Dictionary<string, string>(Headers ?? new Dictionary<string, string>()) { [name] = value } };
}
