using Azure;

namespace Ics2Port.Storage;

/// <summary>The precondition of a blob write: none, create-only, or match an ETag.</summary>
public readonly record struct BlobCondition
{
    private BlobCondition(ETag? expectedETag, bool mustNotExist)
    {
        ExpectedETag = expectedETag;
        MustNotExist = mustNotExist;
    }

    /// <summary>No precondition: the write overwrites whatever is there.</summary>
    public static BlobCondition None => default;

    /// <summary>Create only: the write fails with 409 when the blob exists (<c>If-None-Match: *</c>).</summary>
    public static BlobCondition IfNotExists => new(null, mustNotExist: true);

    /// <summary>The ETag the blob must still have, when this is an <see cref="IfMatch"/> condition.</summary>
    public ETag? ExpectedETag { get; }

    /// <summary>Whether this is the <see cref="IfNotExists"/> condition.</summary>
    public bool MustNotExist { get; }

    /// <summary>Write only when the blob still has <paramref name="etag"/>; otherwise 412 (<c>If-Match</c>).</summary>
    /// <param name="etag">The ETag read before.</param>
    /// <returns>The condition.</returns>
    public static BlobCondition IfMatch(ETag etag)
    {
        if (etag == default)
        {
            throw new ArgumentException("An If-Match condition needs an ETag.", nameof(etag));
        }

        return new BlobCondition(etag, mustNotExist: false);
    }
}
