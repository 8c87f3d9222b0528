using DealRoom.Web.Features.Canvas;

namespace DealRoom.Web.Features.Exports;

/// <summary>The maps as named in export routes (<c>stakeholders</c>, <c>vision</c>) and titled in exports.</summary>
public static class MapKinds
{
    public static bool TryParse(string? name, out MapKind map)
    {
        switch (name?.ToLowerInvariant())
        {
            case "stakeholders":
                map = MapKind.Stakeholders;
                return true;
            case "vision":
                map = MapKind.Vision;
                return true;
            default:
                map = default;
                return false;
        }
    }

    public static string RouteName(this MapKind map) => map == MapKind.Stakeholders ? "stakeholders" : "vision";

    public static string Title(this MapKind map) => map == MapKind.Stakeholders ? "Stakeholder map" : "Shared vision";
}
