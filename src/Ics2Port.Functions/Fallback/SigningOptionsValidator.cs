namespace Ics2Port.Functions.Fallback;

using Ics2Port.Functions.Fallback.Channels;
using Microsoft.Extensions.Options;

/// <summary>
/// Loads the configured signing certificate once at start: a certificate that is configured but cannot be read stops
/// the app with the setting's name, instead of failing the first document filed. None configured is valid (FB-3-IN-PERSON).
/// </summary>
public sealed class SigningOptionsValidator(TimeProvider time) : IValidateOptions<SigningOptions>
{
    public ValidateOptionsResult Validate(string? name, SigningOptions options)
    {
        try
        {
            using var signer = DocumentSigner.FromOptions(options, time);
            return ValidateOptionsResult.Success;
        }
        catch (InvalidOperationException e)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }
    }
}
