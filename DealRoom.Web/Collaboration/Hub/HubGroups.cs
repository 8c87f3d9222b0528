namespace DealRoom.Web.Collaboration.Hub;

/// <summary>The SignalR group names: one per room and audience, so each audience gets only its projection.</summary>
public static class HubGroups
{
    public static string Team(string roomId) => $"room:{roomId}:team";

    public static string Customers(string roomId) => $"room:{roomId}:customers";
}
