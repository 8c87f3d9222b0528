namespace DealRoom.Web.Collaboration.Hub;

/// <summary>The messages the server sends to hub clients. Method names are the protocol (camelCase on the wire).</summary>
public interface IDealRoomClient
{
    /// <summary>An operation was committed in a room the client joined.</summary>
    Task OperationApplied(OperationMessage message);

    /// <summary>The people in a room the client joined, or what they select, changed.</summary>
    Task PresenceChanged(PresenceMessage message);

    /// <summary>The client's view of the room changed in a way one operation cannot say: replace it with this snapshot.</summary>
    Task RoomReset(RoomResetMessage message);

    /// <summary>The client's session in a room was ended by the server.</summary>
    Task SessionEnded(SessionEndedMessage message);

    /// <summary>Someone brought everyone in a room the client joined to their viewport (a customer only to the vision map).</summary>
    Task BroughtHere(BroughtHereMessage message);
    /// <summary>Someone's live drag or pointer in a room the client joined (ephemeral; never the client's own).</summary>
    Task Signal(SignalMessage message);
}
