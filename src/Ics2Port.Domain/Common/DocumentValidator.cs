namespace Ics2Port.Domain.Common;

using FluentValidation;
using Ics2Port.Domain.CrewEffects;
using Ics2Port.Domain.CrewLists;
using Ics2Port.Domain.GeneralDeclarations;
using Ics2Port.Domain.Manifests;
using Ics2Port.Domain.PassengerLists;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.ShipStores;

/// <summary>The one entry point for validating a port call or one of its documents; all findings come back at once.</summary>
public static class DocumentValidator
{
    // Validators without context hold no state and are safe to share.
    private static readonly PortCallRequestValidator PortCalls = new();
    private static readonly ShipStoresDeclarationValidator ShipStores = new();
    private static readonly CrewEffectsDeclarationValidator CrewEffects = new();

    /// <summary>
    /// Validates <paramref name="document"/> as a document of <paramref name="type"/> for the port call described by
    /// <paramref name="context"/>. The document must be the record type of its <paramref name="type"/>
    /// (<see cref="GeneralDeclaration"/> for FAL 1, <see cref="CargoManifest"/> for the manifest, and so on).
    /// </summary>
    /// <exception cref="ArgumentException">The document is not of the record type <paramref name="type"/> names.</exception>
    public static ValidationReport Validate(DocumentType type, object document, DocumentContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        return type switch
        {
            DocumentType.Fal1 => Run(new GeneralDeclarationValidator(context), As<GeneralDeclaration>(type, document)),
            DocumentType.Manifest => Run(new CargoManifestValidator(context), As<CargoManifest>(type, document)),
            DocumentType.Fal3 => Run(ShipStores, As<ShipStoresDeclaration>(type, document)),
            DocumentType.Fal4 => Run(CrewEffects, As<CrewEffectsDeclaration>(type, document)),
            DocumentType.Fal5 => Run(new CrewListValidator(context), As<CrewList>(type, document)),
            DocumentType.Fal6 => Run(new PassengerListValidator(context), As<PassengerList>(type, document)),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };
    }

    /// <summary>Validates a port call as an agent announces it.</summary>
    public static ValidationReport ValidatePortCall(PortCallRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Run(PortCalls, request);
    }

    private static ValidationReport Run<T>(IValidator<T> validator, T document) => ValidationReports.From(validator.Validate(document));

    private static T As<T>(DocumentType type, object document)
        where T : class =>
        document as T ?? throw new ArgumentException($"A {type.ToWire()} document is a {typeof(T).Name}, not a {document.GetType().Name}.", nameof(document));
}
