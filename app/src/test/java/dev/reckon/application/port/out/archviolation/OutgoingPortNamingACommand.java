package dev.reckon.application.port.out.archviolation;

import dev.reckon.application.port.in.archviolation.UseCaseNamingAnOutgoingPort;

/**
 * Breaks the ports' independence on purpose the other way: an outgoing port naming an incoming
 * one; with {@link UseCaseNamingAnOutgoingPort}, the two packages also form a cycle.
 */
public interface OutgoingPortNamingACommand {
    void run(UseCaseNamingAnOutgoingPort command);
}
