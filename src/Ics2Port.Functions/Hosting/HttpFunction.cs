namespace Ics2Port.Functions.Hosting;

using System.Reflection;
using Microsoft.Azure.Functions.Worker;

/// <summary>An HTTP function as its <c>[Function]</c> and <c>[HttpTrigger]</c> attributes declare it.</summary>
public sealed record HttpFunction(string Name, MethodInfo Method, HttpTriggerAttribute Trigger)
{
    /// <summary>The upper-case HTTP methods the trigger accepts.</summary>
    public IReadOnlyList<string> HttpMethods => [.. (Trigger.Methods ?? []).Select(method => method.ToUpperInvariant())];

    /// <summary>The request path template the host serves it at, e.g. <c>/api/port-calls/{portCallId}</c>.</summary>
    public string PathTemplate(string routePrefix) =>
        "/" + string.Join('/', new[] { routePrefix.Trim('/'), Trigger.Route?.Trim('/') ?? Name }.Where(part => part.Length > 0));
}
