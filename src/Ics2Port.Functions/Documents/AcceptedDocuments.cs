namespace Ics2Port.Functions.Documents;

using Ics2Port.Domain.GeneralDeclarations;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Storage.Documents;
using Ics2Port.Storage.Heads;

/// <summary>The latest accepted version of each document of one port call, as its head names them: no further read.</summary>
public sealed class AcceptedDocuments(PortCallHead head)
{
    public DocumentVersion? Latest(Direction direction, DocumentType type) =>
        head.Document(direction.ToWire(), type.ToWire()) is { } document ? DocumentStore.ToVersion(head, direction.ToWire(), type.ToWire(), document) : null;

    /// <summary>The latest versions of one direction in the order a person reads a port call.</summary>
    public IReadOnlyList<(DocumentType Type, DocumentVersion Version)> Of(Direction direction) =>
        [.. DocumentTypes.All.Select(type => (type, Latest(direction, type))).Where(pair => pair.Item2 is not null).Select(pair => (pair.type, pair.Item2!))];

    /// <summary>What the accepted FAL 1 of <paramref name="direction"/> declares: its counts decide which other documents are required (FAL-ARR, FAL-DEP).</summary>
    public GeneralDeclaration? GeneralDeclaration(Direction direction) =>
        head.Document(direction.ToWire(), DocumentType.Fal1.ToWire())?.Figures is { } figures
            ? new GeneralDeclaration
            {
                NumberOfCrew = figures.NumberOfCrew,
                NumberOfPassengers = figures.NumberOfPassengers,
                ChangedDuringStay = figures.StoresChanged is null && figures.CrewChanged is null
                    ? null
                    : new ChangedDuringStay { Stores = figures.StoresChanged, Crew = figures.CrewChanged },
            }
            : null;

    /// <summary>The figures of a FAL 1 the head keeps.</summary>
    public static DeclaredFigures FiguresOf(GeneralDeclaration declaration) =>
        new(declaration.NumberOfCrew, declaration.NumberOfPassengers, declaration.ChangedDuringStay?.Stores, declaration.ChangedDuringStay?.Crew);
}
