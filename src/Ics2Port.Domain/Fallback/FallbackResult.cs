namespace Ics2Port.Domain.Fallback;

/// <summary>Either a value or a <see cref="FallbackError"/>; expected failures of the fallback procedure are values, not exceptions.</summary>
public sealed record FallbackResult<T>
{
    private readonly T? _value;

    /// <summary>A success carrying <paramref name="value"/>.</summary>
    public FallbackResult(T value)
    {
        _value = value;
    }

    /// <summary>A failure carrying <paramref name="error"/>.</summary>
    public FallbackResult(FallbackError error)
    {
        Error = error ?? throw new ArgumentNullException(nameof(error));
    }

    /// <summary>Why it failed; <see langword="null"/> on success.</summary>
    public FallbackError? Error { get; }

    /// <summary>True when there is a value.</summary>
    public bool Succeeded => Error is null;

    /// <summary>The value; reading it from a failure is a bug.</summary>
    public T Value => Succeeded ? _value! : throw new InvalidOperationException($"No value: {Error!.Code} {Error.Message}");
}
