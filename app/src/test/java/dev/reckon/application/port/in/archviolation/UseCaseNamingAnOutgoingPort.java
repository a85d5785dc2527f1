package dev.reckon.application.port.in.archviolation;

import dev.reckon.application.port.out.archviolation.OutgoingPortNamingACommand;

/** Breaks the ports' independence on purpose: an incoming port naming an outgoing one. */
public interface UseCaseNamingAnOutgoingPort {
    OutgoingPortNamingACommand store();
}
