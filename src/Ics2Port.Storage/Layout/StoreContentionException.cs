namespace Ics2Port.Storage.Layout;

/// <summary>A conditional write kept losing to concurrent writers; the operation may be retried later.</summary>
public sealed class StoreContentionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreContentionException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public StoreContentionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public StoreContentionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
