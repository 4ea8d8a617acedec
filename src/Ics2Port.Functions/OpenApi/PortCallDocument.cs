namespace Ics2Port.Functions.OpenApi;

using Ics2Port.Domain.CrewEffects;
using Ics2Port.Domain.CrewLists;
using Ics2Port.Domain.GeneralDeclarations;
using Ics2Port.Domain.Manifests;
using Ics2Port.Domain.PassengerLists;
using Ics2Port.Domain.ShipStores;

/// <summary>Stands in an OpenAPI attribute for "a document of a port call": its schema is one of the document records.</summary>
public abstract class PortCallDocument
{
    /// <summary>The records in the order of CONTRACT.md's types: fal1, manifest, fal3, fal4, fal5, fal6.</summary>
    public static IReadOnlyList<Type> Records { get; } =
        [typeof(GeneralDeclaration), typeof(CargoManifest), typeof(ShipStoresDeclaration), typeof(CrewEffectsDeclaration), typeof(CrewList), typeof(PassengerList)];
}
