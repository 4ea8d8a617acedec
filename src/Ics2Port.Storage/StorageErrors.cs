using Azure;

namespace Ics2Port.Storage;

/// <summary>The one place where storage status codes are interpreted.</summary>
public static class StorageErrors
{
    /// <summary>Whether the resource (container, blob, table or entity) does not exist: 404.</summary>
    /// <param name="e">The failure.</param>
    /// <returns><see langword="true"/> for status 404.</returns>
    public static bool IsNotFound(RequestFailedException e) => Status(e) == 404;

    /// <summary>
    /// Whether the request conflicts with the current state, e.g. a create-only write of something
    /// that exists or a lease already held: 409.
    /// </summary>
    /// <param name="e">The failure.</param>
    /// <returns><see langword="true"/> for status 409.</returns>
    public static bool IsConflict(RequestFailedException e) => Status(e) == 409;

    /// <summary>Whether a conditional request (<c>If-Match</c>) failed because the ETag is stale: 412.</summary>
    /// <param name="e">The failure.</param>
    /// <returns><see langword="true"/> for status 412.</returns>
    public static bool IsPreconditionFailed(RequestFailedException e) => Status(e) == 412;

    private static int Status(RequestFailedException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Status;
    }
}
