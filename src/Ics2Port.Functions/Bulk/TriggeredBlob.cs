namespace Ics2Port.Functions.Bulk;

/// <summary>The blob version a blob function was invoked for, and the invocation, for logs and error records.</summary>
public sealed record TriggeredBlob(string FunctionName, string Container, string Name, string InvocationId)
{
    /// <summary><c>container/blob-name</c>, as the host names the triggering blob.</summary>
    public string Path => $"{Container}/{Name}";
}
